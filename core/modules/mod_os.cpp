// mod_os.cpp - the os module essentials (files and directories, environ, urandom) and os.path
// (posixpath), on the file-system seam (port/fs.h).
#include <cstring>
#include <string>
#include <vector>

#include "modules/io.h"
#include "modules/registry.h"
#include "objects/bytes.h"
#include "objects/codecs.h"
#include "objects/structseq.h"
#include "port/fs.h"
#include "vm/runtime.h"

namespace coil {

extern Type BuiltinFunctionType;

namespace {

// ------------------------------------------------------------------ helpers

// A path argument: its OS bytes and whether the caller passed bytes (results then are bytes).
struct PathArg {
  std::string path;
  bool is_bytes = false;
  Value original;  // borrowed: the argument as given (for error filenames)
};

// What a path parameter accepts, for "remove: path should be string, bytes or os.PathLike, not int".
constexpr const char* kPathOnly = "string, bytes or os.PathLike";
constexpr const char* kPathOrFd = "string, bytes, os.PathLike or integer";
constexpr const char* kPathFdOrNone = "string, bytes, os.PathLike, integer or None";

// fname null: the plain os.fspath() message.
bool path_arg(VM& vm, Value v, const char* fname, PathArg* out, const char* argname = "path",
              const char* accepts = kPathOnly) {
  out->original = v;
  if (fname && !is_str(v) && !is_bytes(v) && !type_lookup(type_of(v), g_names.fspath)) {
    raisef(vm, &TypeErrorType, "%s: %s should be %s, not %s", fname, argname, accepts, tname(v));
    return false;
  }
  if (!io_path_bytes(vm, v, &out->path, nullptr)) return false;
  if (is_bytes(v)) {
    out->is_bytes = true;
  } else if (!is_str(v)) {
    Value p = io_fspath(vm, v);
    if (!p) return false;
    out->is_bytes = is_bytes(p);
    decref(p);
  }
  return true;
}

// OS bytes -> str (utf-8, surrogateescape) or bytes.
Value os_string(VM& vm, const std::string& s, bool as_bytes) {
  if (as_bytes) return bytes_from(vm, s);
  bool ascii = true;
  for (char c : s)
    if (static_cast<unsigned char>(c) >= 0x80) {
      ascii = false;
      break;
    }
  if (ascii || utf8_valid(s)) return Value(str_new(s));
  return codec_decode(vm, s.data(), int64_t(s.size()), "utf-8", "surrogateescape");
}

Value raise_errno2(VM& vm, int err, Value filename, Value filename2) {
  if (!filename2) return io_raise_errno(vm, err, filename);
  Value args[5] = {Value::small(err), Value(str_new(fs_strerror(err))), filename, none(), filename2};
  Value exc = call(vm, Value(&OSErrorType), Args{args, 5, nullptr});
  decref(args[1]);
  if (!exc) return Value();
  raise_exc(vm, exc);
  decref(exc);
  return Value();
}

Value os_module(VM& vm) { return dict_get_str(vm.modules, intern("os")); }

// ------------------------------------------------------------------ os functions

Value os_getcwd(VM& vm, Args a) {
  if (!check_nargs(vm, a, "getcwd", 0, 0)) return Value();
  std::string cwd;
  int r = fs_getcwd(&cwd);
  if (r < 0) return io_raise_errno(vm, -r, Value());
  return os_string(vm, cwd, false);
}

Value os_getcwdb(VM& vm, Args a) {
  if (!check_nargs(vm, a, "getcwdb", 0, 0)) return Value();
  std::string cwd;
  int r = fs_getcwd(&cwd);
  if (r < 0) return io_raise_errno(vm, -r, Value());
  return bytes_from(vm, cwd);
}

Value os_chdir(VM& vm, Args a) {
  Value out[1];
  if (!parse_args(vm, a, "chdir", "path", out)) return Value();
  PathArg p;
  if (!path_arg(vm, out[0], "chdir", &p, "path", kPathOrFd)) return Value();
  int r = fs_chdir(p.path);
  if (r < 0) return io_raise_errno(vm, -r, out[0]);
  return new_none();
}

Value os_listdir(VM& vm, Args a) {
  Value out[1];
  if (!parse_args(vm, a, "listdir", "|path", out)) return Value();
  PathArg p;
  p.path = ".";
  if (out[0] && !is_none(out[0])) {
    if (is_int(out[0])) return io_raise_errno(vm, 9, Value());
    if (!path_arg(vm, out[0], "listdir", &p, "path", kPathFdOrNone)) return Value();
  }
  std::vector<std::string> names;
  int r = fs_listdir(p.path, &names);
  if (r < 0) return io_raise_errno(vm, -r, out[0] && !is_none(out[0]) ? out[0] : Value(intern(".")));
  List* l = list_new(0);
  for (const std::string& n : names) {
    Value s = os_string(vm, n, p.is_bytes);
    if (!s) {
      decref(l);
      return Value();
    }
    list_append(vm, l, s);
    decref(s);
  }
  return Value(l);
}

Value os_mkdir(VM& vm, Args a) {
  Value out[3];
  if (!parse_args(vm, a, "mkdir", "path,|mode,*,dir_fd", out)) return Value();
  PathArg p;
  if (!path_arg(vm, out[0], "mkdir", &p)) return Value();
  int64_t mode = 0777;
  if (out[1] && !index_to_i64(vm, out[1], &mode, &OverflowErrorType)) return Value();
  int r = fs_mkdir(p.path, int(mode));
  if (r < 0) return io_raise_errno(vm, -r, out[0]);
  return new_none();
}

bool is_dir_path(const std::string& p) {
  FsStat st;
  return fs_stat(p, &st) == 0 && st.is_dir;
}

std::pair<std::string, std::string> split_path(const std::string& p) {
  std::size_t i = p.rfind('/');
  i = i == std::string::npos ? 0 : i + 1;
  std::string head = p.substr(0, i), tail = p.substr(i);
  if (!head.empty() && head.find_first_not_of('/') != std::string::npos) {
    while (!head.empty() && head.back() == '/') head.pop_back();
  }
  return {head, tail};
}

// makedirs(name, mode=0o777, exist_ok=False)
bool makedirs_impl(VM& vm, const std::string& name, int mode, bool exist_ok, Value orig) {
  auto [head, tail] = split_path(name);
  if (tail.empty()) {
    auto ht = split_path(head);
    head = ht.first;
    tail = ht.second;
  }
  FsStat st;
  if (!head.empty() && !tail.empty() && fs_stat(head, &st) != 0) {
    Value h = Value(str_new(head));
    bool ok = makedirs_impl(vm, head, mode, exist_ok, h);
    decref(h);
    if (!ok) {
      if (!error_matches(vm, &FileExistsErrorType)) return false;
      clear_error(vm);
    }
    if (tail == ".") return true;
  }
  int r = fs_mkdir(name, mode);
  if (r < 0) {
    if (!exist_ok || !is_dir_path(name)) {
      io_raise_errno(vm, -r, orig);
      return false;
    }
  }
  return true;
}

Value os_makedirs(VM& vm, Args a) {
  Value out[3];
  if (!parse_args(vm, a, "makedirs", "name,|mode,exist_ok", out)) return Value();
  PathArg p;
  if (!path_arg(vm, out[0], nullptr, &p)) return Value();
  int64_t mode = 0777;
  if (out[1] && !index_to_i64(vm, out[1], &mode, &OverflowErrorType)) return Value();
  bool exist_ok = false;
  if (out[2]) {
    int t = truthy(vm, out[2]);
    if (t < 0) return Value();
    exist_ok = t;
  }
  if (!makedirs_impl(vm, p.path, int(mode), exist_ok, out[0])) return Value();
  return new_none();
}

Value path_op(VM& vm, Args a, const char* name, int (*op)(const std::string&)) {
  Value out[2];
  if (!parse_args(vm, a, name, "path,|*,dir_fd", out)) return Value();
  PathArg p;
  if (!path_arg(vm, out[0], name, &p)) return Value();
  int r = op(p.path);
  if (r < 0) return io_raise_errno(vm, -r, out[0]);
  return new_none();
}

int unlink_op(const std::string& p) { return fs_unlink(p); }
int rmdir_op(const std::string& p) { return fs_rmdir(p); }

Value os_remove(VM& vm, Args a) { return path_op(vm, a, "remove", unlink_op); }
Value os_unlink(VM& vm, Args a) { return path_op(vm, a, "unlink", unlink_op); }
Value os_rmdir(VM& vm, Args a) { return path_op(vm, a, "rmdir", rmdir_op); }

Value rename_common(VM& vm, Args a, const char* name) {
  Value out[4];
  if (!parse_args(vm, a, name, "src,dst,|*,src_dir_fd,dst_dir_fd", out)) return Value();
  PathArg s, d;
  if (!path_arg(vm, out[0], name, &s, "src") || !path_arg(vm, out[1], name, &d, "dst")) return Value();
  int r = fs_rename(s.path, d.path);
  if (r < 0) return raise_errno2(vm, -r, out[0], out[1]);
  return new_none();
}
Value os_rename(VM& vm, Args a) { return rename_common(vm, a, "rename"); }
Value os_replace(VM& vm, Args a) { return rename_common(vm, a, "replace"); }

Type* stat_result_type(VM& vm) {
  Value m = os_module(vm);
  if (m && m.is_obj() && m.obj()->type == &ModuleType) {
    Value t = dict_get_str(m.as<Module>()->dict, intern("stat_result"));
    if (t && is_type(t)) return t.as<Type>();
  }
  return structseq_new_type("os.stat_result", {"st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid",
                                                "st_size", "st_atime", "st_mtime", "st_ctime"});
}

Value make_stat(VM& vm, const FsStat& st) {
  Type* t = stat_result_type(vm);
  return structseq_make(vm, t, {int_from_i64(st.mode), int_from_i64(st.ino), int_from_i64(st.dev),
                                int_from_i64(st.nlink), int_from_i64(st.uid), int_from_i64(st.gid),
                                int_from_i64(st.size), float_new(st.atime), float_new(st.mtime),
                                float_new(st.ctime)});
}

// stat of a path or a file descriptor: 0 or -errno; false + error for bad argument types.
bool stat_any(VM& vm, Value v, const char* fname, bool follow, FsStat* st, int* err) {
  if (is_int(v) && !is_bool(v)) {
    bool overflow;
    int64_t fd = int_as_i64(int_value(v), &overflow);
    *err = overflow ? -9 : fs_fstat(int(fd), st);
    return true;
  }
  PathArg p;
  if (!path_arg(vm, v, fname, &p, "path", std::strcmp(fname, "lstat") == 0 ? kPathOnly : kPathOrFd)) return false;
  *err = fs_stat(p.path, st, follow);
  return true;
}

Value stat_common(VM& vm, Args a, const char* name, bool follow_default) {
  Value out[3];
  if (!parse_args(vm, a, name, "path,|*,dir_fd,follow_symlinks", out)) return Value();
  bool follow = follow_default;
  if (out[2]) {
    int t = truthy(vm, out[2]);
    if (t < 0) return Value();
    follow = t;
  }
  FsStat st;
  int err;
  if (!stat_any(vm, out[0], name, follow, &st, &err)) return Value();
  if (err < 0) return io_raise_errno(vm, -err, is_int(out[0]) ? Value() : out[0]);
  return make_stat(vm, st);
}
Value os_stat(VM& vm, Args a) { return stat_common(vm, a, "stat", true); }
Value os_lstat(VM& vm, Args a) { return stat_common(vm, a, "lstat", false); }

Value os_getpid(VM& vm, Args a) {
  if (!check_nargs(vm, a, "getpid", 0, 0)) return Value();
  return int_from_i64(fs_getpid());
}

Value os_urandom(VM& vm, Args a) {
  if (!check_nargs(vm, a, "urandom", 1, 1)) return Value();
  int64_t n;
  if (!index_to_i64(vm, a[0], &n, &OverflowErrorType)) return Value();
  if (n < 0) return raise(vm, &ValueErrorType, "negative argument not allowed");
  if (heap_would_exceed(std::size_t(n))) return raise_memory_error(vm);
  std::string buf(size_t(n), '\0');
  if (n && !fs_urandom(buf.data(), size_t(n))) return io_raise_errno(vm, 5, Value());
  return bytes_from(vm, buf);
}

Value os_fspath_fn(VM& vm, Args a) {
  Value out[1];
  if (!parse_args(vm, a, "fspath", "path", out)) return Value();
  return io_fspath(vm, out[0]);
}

Value os_getenv(VM& vm, Args a) {
  Value out[2];
  if (!parse_args(vm, a, "getenv", "key,|default", out)) return Value();
  if (!is_str(out[0])) return raisef(vm, &TypeErrorType, "str expected, not %s", tname(out[0]));
  Value m = os_module(vm);
  Value env = m && m.is_obj() && m.obj()->type == &ModuleType ? dict_get_str(m.as<Module>()->dict, intern("environ")) : Value();
  if (env) {
    Value r = get_item(vm, env, out[0]);
    if (r) return r;
    if (!error_matches(vm, &KeyErrorType)) return Value();
    clear_error(vm);
  }
  return out[1] ? newref(out[1]) : new_none();
}

Value os_strerror(VM& vm, Args a) {
  if (!check_nargs(vm, a, "strerror", 1, 1)) return Value();
  int64_t n;
  if (!index_to_i64(vm, a[0], &n, &OverflowErrorType)) return Value();
  return Value(str_new(fs_strerror(int(n))));
}

Value os_cpu_count(VM& vm, Args a) {
  if (!check_nargs(vm, a, "cpu_count", 0, 0)) return Value();
  return Value::small(1);
}

// Low-level descriptors (os.open/close/read/write/lseek), with Linux O_* flag values.
Value os_open(VM& vm, Args a) {
  Value out[4];
  if (!parse_args(vm, a, "open", "path,flags,|mode,*,dir_fd", out)) return Value();
  PathArg p;
  if (!path_arg(vm, out[0], "open", &p)) return Value();
  int64_t flags, mode = 0777;
  if (!index_to_i64(vm, out[1], &flags, &OverflowErrorType)) return Value();
  if (out[2] && !index_to_i64(vm, out[2], &mode, &OverflowErrorType)) return Value();
  int acc = int(flags & 3);
  int f = acc == 2 ? (kFsRead | kFsWrite) : acc == 1 ? kFsWrite : kFsRead;
  if (flags & 0100) f |= kFsCreate;
  if (flags & 0200) f |= kFsExclusive;
  if (flags & 01000) f |= kFsTruncate;
  if (flags & 02000) f |= kFsAppend;
  int fd = fs_open(p.path, f, int(mode));
  if (fd < 0) return io_raise_errno(vm, -fd, out[0]);
  return Value::small(fd);
}

bool fd_arg(VM& vm, Value v, int* fd) {
  int64_t n;
  if (!index_to_i64(vm, v, &n, &OverflowErrorType)) return false;
  *fd = int(n);
  return true;
}

Value os_close(VM& vm, Args a) {
  Value out[1];
  if (!parse_args(vm, a, "close", "fd", out)) return Value();
  int fd;
  if (!fd_arg(vm, out[0], &fd)) return Value();
  int r = fs_close(fd);
  if (r < 0) return io_raise_errno(vm, -r, Value());
  return new_none();
}

Value os_read(VM& vm, Args a) {
  if (!check_nargs(vm, a, "read", 2, 2)) return Value();
  int fd;
  int64_t n;
  if (!fd_arg(vm, a[0], &fd) || !index_to_i64(vm, a[1], &n, &OverflowErrorType)) return Value();
  if (n < 0) return io_raise_errno(vm, 22, Value());
  if (heap_would_exceed(std::size_t(n))) return raise_memory_error(vm);
  std::string buf(size_t(n), '\0');
  int64_t r = fs_read(fd, buf.data(), n);
  if (r < 0) return io_raise_errno(vm, int(-r), Value());
  buf.resize(size_t(r));
  return bytes_from(vm, buf);
}

Value os_write(VM& vm, Args a) {
  if (!check_nargs(vm, a, "write", 2, 2)) return Value();
  int fd;
  if (!fd_arg(vm, a[0], &fd)) return Value();
  const char* p;
  int64_t n;
  std::string scratch;
  if (!get_buffer(vm, a[1], &p, &n, &scratch)) return Value();
  int64_t r = fs_write(fd, p, n);
  if (r < 0) return io_raise_errno(vm, int(-r), Value());
  return int_from_i64(r);
}

Value os_lseek(VM& vm, Args a) {
  if (!check_nargs(vm, a, "lseek", 3, 3)) return Value();
  int fd;
  int64_t pos, how;
  if (!fd_arg(vm, a[0], &fd) || !index_to_i64(vm, a[1], &pos, &OverflowErrorType) ||
      !index_to_i64(vm, a[2], &how, &OverflowErrorType))
    return Value();
  if (how < 0 || how > 2) return io_raise_errno(vm, 22, Value());
  int64_t r = fs_seek(fd, pos, int(how));
  if (r < 0) return io_raise_errno(vm, int(-r), Value());
  return int_from_i64(r);
}

// ------------------------------------------------------------------ os.walk

// os.walk() as a native iterator: top-down walks read the yielded dirnames list before descending
// (so callers can prune it, as with CPython's generator); bottom-up walks are computed eagerly.
Type WalkIterType;

struct WalkIter : Object {
  std::vector<std::string>* stack;  // directories still to visit (top-down)
  std::string* last_path;           // the directory yielded last (top-down)
  Value last;                       // the tuple yielded last (owned)
  Value onerror;                    // callable or null
  List* results;                    // bottom-up: every tuple, in order
  int64_t pos;
  uint8_t is_bytes, topdown, followlinks;
};

std::string join_name(const std::string& dir, const std::string& name) {
  if (dir.empty() || dir.back() == '/') return dir + name;
  return dir + "/" + name;
}

// Lists one directory into a (dirpath, dirnames, filenames) tuple; null without error when the
// directory cannot be read (onerror was called), null with error on failure.
Value walk_one(VM& vm, WalkIter* w, const std::string& path, std::vector<std::string>* subdirs) {
  std::vector<std::string> names;
  int r = fs_listdir(path, &names);
  if (r < 0) {
    if (w->onerror && !is_none(w->onerror)) {
      Value p = os_string(vm, path, w->is_bytes);
      if (!p) return Value();
      io_raise_errno(vm, -r, p);
      decref(p);
      Object* exc = take_error(vm);
      Value res = call1(vm, w->onerror, Value(exc));
      decref(exc);
      if (!res) return Value();
      decref(res);
    }
    return Value();
  }
  List* dirs = list_new(0);
  List* files = list_new(0);
  for (const std::string& n : names) {
    std::string full = join_name(path, n);
    FsStat st;
    bool is_dir = fs_stat(full, &st, true) == 0 && st.is_dir;
    Value name = os_string(vm, n, w->is_bytes);
    if (!name) {
      decref(dirs);
      decref(files);
      return Value();
    }
    list_append(vm, is_dir ? dirs : files, name);
    decref(name);
    if (is_dir && subdirs) {
      FsStat lst;
      bool link = fs_stat(full, &lst, false) == 0 && lst.is_link;
      if (w->followlinks || !link) subdirs->push_back(full);
    }
  }
  Value p = os_string(vm, path, w->is_bytes);
  if (!p) {
    decref(dirs);
    decref(files);
    return Value();
  }
  Tuple* t = tuple_new(3);
  t->items[0] = p;
  t->items[1] = Value(dirs);
  t->items[2] = Value(files);
  return Value(t);
}

bool walk_bottom_up(VM& vm, WalkIter* w, const std::string& path) {
  std::vector<std::string> subdirs;
  Value t = walk_one(vm, w, path, &subdirs);
  if (!t) return !has_error(vm);
  for (const std::string& d : subdirs) {
    if (!walk_bottom_up(vm, w, d)) {
      decref(t);
      return false;
    }
  }
  list_append(vm, w->results, t);
  decref(t);
  return true;
}

Value walk_next(VM& vm, Value self) {
  WalkIter* w = self.as<WalkIter>();
  if (!w->topdown) {
    if (!w->results || w->pos >= w->results->size) return Value::iter_done();
    return newref(w->results->items[w->pos++]);
  }
  if (w->last) {
    // descend into what is left of the dirnames list the caller saw
    Value dirnames = w->last.as<Tuple>()->items[1];
    std::vector<std::string> children;
    if (is_list(dirnames)) {
      List* l = dirnames.as<List>();
      for (int64_t i = 0; i < l->size; ++i) {
        std::string name;
        if (!io_path_bytes(vm, l->items[i], &name, nullptr)) return Value();
        std::string full = join_name(*w->last_path, name);
        FsStat lst;
        bool link = fs_stat(full, &lst, false) == 0 && lst.is_link;
        if (w->followlinks || !link) children.push_back(full);
      }
    }
    for (auto it = children.rbegin(); it != children.rend(); ++it) w->stack->push_back(*it);
    decref(w->last);
    w->last = Value();
  }
  while (!w->stack->empty()) {
    std::string path = w->stack->back();
    w->stack->pop_back();
    Value t = walk_one(vm, w, path, nullptr);
    if (!t) {
      if (has_error(vm)) return Value();
      continue;
    }
    *w->last_path = path;
    w->last = newref(t);
    return t;
  }
  return Value::iter_done();
}

Value walk_iter(VM&, Value self) { return newref(self); }

void walk_dealloc(Object* o) {
  WalkIter* w = static_cast<WalkIter*>(o);
  if (gc_is_tracked(o)) gc_untrack(o);
  delete w->stack;
  delete w->last_path;
  decref(w->last);
  decref(w->onerror);
  xdecref(w->results);
  generic_dealloc(o);
}

void walk_traverse(Object* o, VisitFn visit, void* arg) {
  WalkIter* w = static_cast<WalkIter*>(o);
  if (w->last.is_obj()) visit(w->last.obj(), arg);
  if (w->onerror.is_obj()) visit(w->onerror.obj(), arg);
  if (w->results) visit(w->results, arg);
}

void walk_clear(Object* o) {
  WalkIter* w = static_cast<WalkIter*>(o);
  Value l = w->last, e = w->onerror;
  List* r = w->results;
  w->last = w->onerror = Value();
  w->results = nullptr;
  decref(l);
  decref(e);
  xdecref(r);
}

Value os_walk(VM& vm, Args a) {
  Value out[4];
  if (!parse_args(vm, a, "walk", "top,|topdown,onerror,followlinks", out)) return Value();
  PathArg top;
  if (!path_arg(vm, out[0], nullptr, &top)) return Value();
  bool topdown = true, followlinks = false;
  if (out[1]) {
    int t = truthy(vm, out[1]);
    if (t < 0) return Value();
    topdown = t;
  }
  if (out[3]) {
    int t = truthy(vm, out[3]);
    if (t < 0) return Value();
    followlinks = t;
  }
  WalkIter* w = reinterpret_cast<WalkIter*>(object_alloc(&WalkIterType, sizeof(WalkIter)));
  if (!w) return raise_memory_error(vm);
  w->stack = new std::vector<std::string>();
  w->last_path = new std::string();
  w->is_bytes = top.is_bytes;
  w->topdown = topdown;
  w->followlinks = followlinks;
  w->onerror = out[2] ? newref(out[2]) : Value();
  gc_track(w);
  if (topdown) {
    w->stack->push_back(top.path);
  } else {
    w->results = list_new(0);
    if (!walk_bottom_up(vm, w, top.path)) {
      decref(w);
      return Value();
    }
  }
  return Value(w);
}

void init_walk_type() {
  static bool done = false;
  if (done) return;
  done = true;
  Type* t = &WalkIterType;
  static_type_init(t, "os._walk_iterator", sizeof(WalkIter), &ObjectType, kTypeHasGC);
  t->iter = walk_iter;
  t->next = walk_next;
  t->dealloc = walk_dealloc;
  t->traverse = walk_traverse;
  t->clear = walk_clear;
  type_ready(t);
}

// ------------------------------------------------------------------ os.path (posixpath)

// The text of a str/bytes/PathLike argument for the pure path functions.
bool pure_path(VM& vm, Value v, const char* fname, std::string* out, bool* is_b) {
  Value p = io_fspath(vm, v);
  if (!p) {
    if (fname && error_matches(vm, &TypeErrorType)) {
      clear_error(vm);
      raisef(vm, &TypeErrorType, "%s() argument must be str, bytes, or os.PathLike object, not '%s'", fname, tname(v));
    }
    return false;
  }
  *is_b = is_bytes(p);
  *out = *is_b ? std::string(as_bytes(p)->view()) : std::string(as_str(p)->view());
  decref(p);
  return true;
}

Value path_result(VM& vm, const std::string& s, bool is_b) {
  return is_b ? bytes_from(vm, s) : Value(str_new(s));
}

Value path_join(VM& vm, Args a) {
  if (!no_kwargs(vm, a, "join")) return Value();
  if (a.n < 1) return raise(vm, &TypeErrorType, "join() missing 1 required positional argument: 'a'");
  std::string path;
  bool is_b;
  if (!pure_path(vm, a[0], "join", &path, &is_b)) return Value();
  for (uint32_t i = 1; i < a.n; ++i) {
    std::string b;
    bool bb;
    if (!pure_path(vm, a[i], "join", &b, &bb)) return Value();
    if (bb != is_b) return raise(vm, &TypeErrorType, "Can't mix strings and bytes in path components");
    if (!b.empty() && b[0] == '/') path = b;
    else if (path.empty() || path.back() == '/') path += b;
    else path += "/" + b;
  }
  return path_result(vm, path, is_b);
}

Value path_unary(VM& vm, Args a, const char* name, std::string (*fn)(const std::string&)) {
  if (!check_nargs(vm, a, name, 1, 1)) return Value();
  std::string p;
  bool is_b;
  if (!pure_path(vm, a[0], nullptr, &p, &is_b)) return Value();
  return path_result(vm, fn(p), is_b);
}

std::string basename_of(const std::string& p) {
  std::size_t i = p.rfind('/');
  return i == std::string::npos ? p : p.substr(i + 1);
}
std::string dirname_of(const std::string& p) { return split_path(p).first; }

std::string normpath_of(const std::string& path) {
  if (path.empty()) return ".";
  int initial = 0;
  if (path[0] == '/') {
    initial = 1;
    if (path.size() > 1 && path[1] == '/' && !(path.size() > 2 && path[2] == '/')) initial = 2;
  }
  std::vector<std::string> comps;
  std::size_t start = 0;
  while (start <= path.size()) {
    std::size_t e = path.find('/', start);
    if (e == std::string::npos) e = path.size();
    std::string comp = path.substr(start, e - start);
    start = e + 1;
    if (comp.empty() || comp == ".") continue;
    if (comp != ".." || (!initial && comps.empty()) || (!comps.empty() && comps.back() == "..")) comps.push_back(comp);
    else if (!comps.empty()) comps.pop_back();
  }
  std::string out(size_t(initial), '/');
  for (std::size_t i = 0; i < comps.size(); ++i) {
    if (i) out += '/';
    out += comps[i];
  }
  return out.empty() ? "." : out;
}

std::string abspath_of(const std::string& p) {
  if (!p.empty() && p[0] == '/') return normpath_of(p);
  std::string cwd;
  if (fs_getcwd(&cwd) < 0) cwd = "/";
  std::string joined = p.empty() ? cwd : (cwd.back() == '/' ? cwd + p : cwd + "/" + p);
  return normpath_of(joined);
}

Value path_basename(VM& vm, Args a) { return path_unary(vm, a, "basename", basename_of); }
Value path_dirname(VM& vm, Args a) { return path_unary(vm, a, "dirname", dirname_of); }
Value path_normpath(VM& vm, Args a) { return path_unary(vm, a, "normpath", normpath_of); }
Value path_abspath(VM& vm, Args a) { return path_unary(vm, a, "abspath", abspath_of); }
Value path_realpath(VM& vm, Args a) {
  Value out[2];
  if (!parse_args(vm, a, "realpath", "filename,|*,strict", out)) return Value();
  return path_unary(vm, Args{a.v, 1, nullptr}, "realpath", abspath_of);
}

Value path_split(VM& vm, Args a) {
  if (!check_nargs(vm, a, "split", 1, 1)) return Value();
  std::string p;
  bool is_b;
  if (!pure_path(vm, a[0], nullptr, &p, &is_b)) return Value();
  auto [head, tail] = split_path(p);
  Value h = path_result(vm, head, is_b), t = path_result(vm, tail, is_b);
  Tuple* r = tuple_of({h, t});
  decref(h);
  decref(t);
  return Value(r);
}

Value path_splitext(VM& vm, Args a) {
  if (!check_nargs(vm, a, "splitext", 1, 1)) return Value();
  std::string p;
  bool is_b;
  if (!pure_path(vm, a[0], nullptr, &p, &is_b)) return Value();
  std::size_t sep = p.rfind('/');
  std::size_t dot = p.rfind('.');
  std::string root = p, ext;
  if (dot != std::string::npos && (sep == std::string::npos || dot > sep)) {
    std::size_t fname = sep == std::string::npos ? 0 : sep + 1;
    for (std::size_t i = fname; i < dot; ++i) {
      if (p[i] != '.') {
        root = p.substr(0, dot);
        ext = p.substr(dot);
        break;
      }
    }
  }
  Value r0 = path_result(vm, root, is_b), r1 = path_result(vm, ext, is_b);
  Tuple* r = tuple_of({r0, r1});
  decref(r0);
  decref(r1);
  return Value(r);
}

Value path_isabs(VM& vm, Args a) {
  if (!check_nargs(vm, a, "isabs", 1, 1)) return Value();
  std::string p;
  bool is_b;
  if (!pure_path(vm, a[0], nullptr, &p, &is_b)) return Value();
  return new_bool(!p.empty() && p[0] == '/');
}

Value path_expanduser(VM& vm, Args a) {
  if (!check_nargs(vm, a, "expanduser", 1, 1)) return Value();
  std::string p;
  bool is_b;
  if (!pure_path(vm, a[0], nullptr, &p, &is_b)) return Value();
  if (p.empty() || p[0] != '~') return path_result(vm, p, is_b);
  std::size_t i = p.find('/', 1);
  if (i == std::string::npos) i = p.size();
  if (i != 1) return path_result(vm, p, is_b);  // ~user: not supported, unchanged
  std::vector<std::pair<std::string, std::string>> env;
  fs_environ(&env);
  std::string home = "/";
  for (auto& kv : env)
    if (kv.first == "HOME") home = kv.second;
  while (home.size() > 1 && home.back() == '/') home.pop_back();
  std::string r = home + p.substr(i);
  return path_result(vm, r.empty() ? "/" : r, is_b);
}

// exists/isfile/isdir/islink/getsize/getmtime: stat-based.
enum class StatQuery { Exists, IsFile, IsDir, IsLink, Size, MTime, ATime, CTime };

Value stat_query(VM& vm, Args a, const char* name, StatQuery q) {
  if (!check_nargs(vm, a, name, 1, 1)) return Value();
  FsStat st;
  int err;
  bool predicate = q == StatQuery::Exists || q == StatQuery::IsFile || q == StatQuery::IsDir || q == StatQuery::IsLink;
  if (!stat_any(vm, a[0], q == StatQuery::IsLink ? "lstat" : "stat", q != StatQuery::IsLink, &st, &err)) {
    if (predicate && error_matches(vm, &ValueErrorType)) {
      clear_error(vm);
      return new_bool(false);
    }
    return Value();
  }
  if (err < 0) {
    if (predicate) return new_bool(false);
    return io_raise_errno(vm, -err, a[0]);
  }
  switch (q) {
    case StatQuery::Exists: return new_bool(true);
    case StatQuery::IsFile: return new_bool(st.is_file);
    case StatQuery::IsDir: return new_bool(st.is_dir);
    case StatQuery::IsLink: return new_bool(st.is_link);
    case StatQuery::Size: return int_from_i64(st.size);
    case StatQuery::MTime: return float_new(st.mtime);
    case StatQuery::ATime: return float_new(st.atime);
    case StatQuery::CTime: return float_new(st.ctime);
  }
  return new_none();
}

Value path_exists(VM& vm, Args a) { return stat_query(vm, a, "exists", StatQuery::Exists); }
Value path_isfile(VM& vm, Args a) { return stat_query(vm, a, "isfile", StatQuery::IsFile); }
Value path_isdir(VM& vm, Args a) { return stat_query(vm, a, "isdir", StatQuery::IsDir); }
Value path_islink(VM& vm, Args a) { return stat_query(vm, a, "islink", StatQuery::IsLink); }
Value path_getsize(VM& vm, Args a) { return stat_query(vm, a, "getsize", StatQuery::Size); }
Value path_getmtime(VM& vm, Args a) { return stat_query(vm, a, "getmtime", StatQuery::MTime); }
Value path_getatime(VM& vm, Args a) { return stat_query(vm, a, "getatime", StatQuery::ATime); }
Value path_getctime(VM& vm, Args a) { return stat_query(vm, a, "getctime", StatQuery::CTime); }

Value path_commonprefix(VM& vm, Args a) {
  if (!check_nargs(vm, a, "commonprefix", 1, 1)) return Value();
  List* l = list_from_iterable(vm, a[0]);
  if (!l) return Value();
  if (l->size == 0) {
    decref(l);
    return Value(str_empty());
  }
  Value lo = l->items[0], hi = l->items[0];
  for (int64_t i = 1; i < l->size; ++i) {
    int c = rich_compare_bool(vm, l->items[i], lo, kLT);
    if (c < 0) {
      decref(l);
      return Value();
    }
    if (c) lo = l->items[i];
    c = rich_compare_bool(vm, l->items[i], hi, kGT);
    if (c < 0) {
      decref(l);
      return Value();
    }
    if (c) hi = l->items[i];
  }
  std::string s1, s2;
  bool b1, b2;
  if (!pure_path(vm, lo, nullptr, &s1, &b1) || !pure_path(vm, hi, nullptr, &s2, &b2)) {
    decref(l);
    return Value();
  }
  decref(l);
  std::size_t i = 0;
  while (i < s1.size() && i < s2.size() && s1[i] == s2[i]) ++i;
  // do not cut a UTF-8 sequence in the middle
  while (!b1 && i > 0 && i < s1.size() && (static_cast<unsigned char>(s1[i]) & 0xC0) == 0x80) --i;
  return path_result(vm, s1.substr(0, i), b1);
}

Value path_relpath(VM& vm, Args a) {
  Value out[2];
  if (!parse_args(vm, a, "relpath", "path,|start", out)) return Value();
  std::string p, s = ".";
  bool is_b, sb = false;
  if (!pure_path(vm, out[0], nullptr, &p, &is_b)) return Value();
  if (p.empty()) return raise(vm, &ValueErrorType, "no path specified");
  if (out[1] && !is_none(out[1]) && !pure_path(vm, out[1], nullptr, &s, &sb)) return Value();
  std::string ap = abspath_of(p), as = abspath_of(s);
  auto parts = [](const std::string& x) {
    std::vector<std::string> v;
    std::size_t st = 0;
    while (st <= x.size()) {
      std::size_t e = x.find('/', st);
      if (e == std::string::npos) e = x.size();
      if (e > st) v.push_back(x.substr(st, e - st));
      st = e + 1;
    }
    return v;
  };
  std::vector<std::string> pl = parts(ap), sl = parts(as);
  std::size_t i = 0;
  while (i < pl.size() && i < sl.size() && pl[i] == sl[i]) ++i;
  std::string r;
  for (std::size_t k = i; k < sl.size(); ++k) r += r.empty() ? ".." : "/..";
  for (std::size_t k = i; k < pl.size(); ++k) r += (r.empty() ? "" : "/") + pl[k];
  return path_result(vm, r.empty() ? "." : r, is_b);
}

const MethodDef kPathMethods[] = {
    {"join", path_join, kMethPlain, nullptr, nullptr},
    {"basename", path_basename, kMethPlain, nullptr, nullptr},
    {"dirname", path_dirname, kMethPlain, nullptr, nullptr},
    {"split", path_split, kMethPlain, nullptr, nullptr},
    {"splitext", path_splitext, kMethPlain, nullptr, nullptr},
    {"normpath", path_normpath, kMethPlain, nullptr, nullptr},
    {"abspath", path_abspath, kMethPlain, nullptr, nullptr},
    {"realpath", path_realpath, kMethPlain, nullptr, nullptr},
    {"isabs", path_isabs, kMethPlain, nullptr, nullptr},
    {"expanduser", path_expanduser, kMethPlain, nullptr, nullptr},
    {"exists", path_exists, kMethPlain, nullptr, nullptr},
    {"lexists", path_exists, kMethPlain, nullptr, nullptr},
    {"isfile", path_isfile, kMethPlain, nullptr, nullptr},
    {"isdir", path_isdir, kMethPlain, nullptr, nullptr},
    {"islink", path_islink, kMethPlain, nullptr, nullptr},
    {"getsize", path_getsize, kMethPlain, nullptr, nullptr},
    {"getmtime", path_getmtime, kMethPlain, nullptr, nullptr},
    {"getatime", path_getatime, kMethPlain, nullptr, nullptr},
    {"getctime", path_getctime, kMethPlain, nullptr, nullptr},
    {"commonprefix", path_commonprefix, kMethPlain, nullptr, nullptr},
    {"relpath", path_relpath, kMethPlain, nullptr, nullptr},
    {nullptr, nullptr, 0, nullptr, nullptr}};

const MethodDef kOsMethods[] = {
    {"getcwd", os_getcwd, kMethPlain, "Return a unicode string representing the current working directory.", nullptr},
    {"getcwdb", os_getcwdb, kMethPlain, nullptr, nullptr},
    {"chdir", os_chdir, kMethPlain, "Change the current working directory to the specified path.", nullptr},
    {"listdir", os_listdir, kMethPlain, "Return a list containing the names of the files in the directory.", nullptr},
    {"mkdir", os_mkdir, kMethPlain, "Create a directory.", nullptr},
    {"makedirs", os_makedirs, kMethPlain, "Super-mkdir; create a leaf directory and all intermediate ones.", nullptr},
    {"rmdir", os_rmdir, kMethPlain, "Remove a directory.", nullptr},
    {"remove", os_remove, kMethPlain, "Remove a file (same as unlink()).", nullptr},
    {"unlink", os_unlink, kMethPlain, "Remove a file (same as remove()).", nullptr},
    {"rename", os_rename, kMethPlain, "Rename a file or directory.", nullptr},
    {"replace", os_replace, kMethPlain, "Rename a file or directory, overwriting the destination.", nullptr},
    {"stat", os_stat, kMethPlain, "Perform a stat system call on the given path.", nullptr},
    {"lstat", os_lstat, kMethPlain, nullptr, nullptr},
    {"getpid", os_getpid, kMethPlain, "Return the current process id.", nullptr},
    {"urandom", os_urandom, kMethPlain, "Return a bytes object containing random bytes suitable for cryptographic use.", nullptr},
    {"fspath", os_fspath_fn, kMethPlain, "Return the file system path representation of the object.", nullptr},
    {"getenv", os_getenv, kMethPlain, "Get an environment variable, return None if it doesn't exist.", nullptr},
    {"strerror", os_strerror, kMethPlain, "Translate an error code to a message string.", nullptr},
    {"cpu_count", os_cpu_count, kMethPlain, nullptr, nullptr},
    {"open", os_open, kMethPlain, "Open a file for low level IO.  Returns a file descriptor (integer).", nullptr},
    {"close", os_close, kMethPlain, "Close a file descriptor.", nullptr},
    {"read", os_read, kMethPlain, "Read from a file descriptor.  Returns a bytes object.", nullptr},
    {"write", os_write, kMethPlain, "Write a bytes object to a file descriptor.", nullptr},
    {"lseek", os_lseek, kMethPlain, "Set the position of a file descriptor.  Return the new position.", nullptr},
    {"walk", os_walk, kMethPlain, "Directory tree generator.", nullptr},
    {nullptr, nullptr, 0, nullptr, nullptr}};

void add_str(Dict* d, const char* name, const char* value) {
  Str* s = str_from_cstr(value);
  dict_set_str(d, intern(name), Value(s));
  decref(s);
}

bool os_init(VM& vm, Module* m) {
  init_walk_type();
  Dict* d = m->dict;
  add_str(d, "name", "posix");
  add_str(d, "sep", "/");
  add_str(d, "extsep", ".");
  add_str(d, "pathsep", ":");
  add_str(d, "linesep", "\n");
  add_str(d, "curdir", ".");
  add_str(d, "pardir", "..");
  add_str(d, "devnull", "/dev/null");
  add_str(d, "defpath", "/bin:/usr/bin");
  dict_set_str(d, intern("altsep"), none());
  dict_set_str(d, intern("error"), Value(&OSErrorType));
  const std::pair<const char*, int> ints[] = {
      {"SEEK_SET", 0}, {"SEEK_CUR", 1}, {"SEEK_END", 2}, {"O_RDONLY", 0}, {"O_WRONLY", 1}, {"O_RDWR", 2},
      {"O_CREAT", 0100}, {"O_EXCL", 0200}, {"O_TRUNC", 01000}, {"O_APPEND", 02000}, {"O_CLOEXEC", 02000000},
      {"F_OK", 0}, {"R_OK", 4}, {"W_OK", 2}, {"X_OK", 1}};
  for (auto& kv : ints) dict_set_str(d, intern(kv.first), Value::small(kv.second));
  // environ (a plain dict; empty in a browser page)
  {
    Dict* env = dict_new();
    std::vector<std::pair<std::string, std::string>> vars;
    fs_environ(&vars);
    for (auto& kv : vars) {
      Value k = os_string(vm, kv.first, false), v = os_string(vm, kv.second, false);
      if (k && v) dict_set(vm, env, k, v);
      decref(k);
      decref(v);
      if (has_error(vm)) clear_error(vm);
    }
    dict_set_str(d, intern("environ"), Value(env));
    decref(env);
  }
  Type* st = structseq_new_type("os.stat_result", {"st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid",
                                                    "st_size", "st_atime", "st_mtime", "st_ctime"});
  if (!st) return false;
  dict_set_str(d, intern("stat_result"), Value(st));
  decref(st);
  // os.path: the posixpath module
  Module* path = module_new(intern("posixpath"));
  for (const MethodDef* md = kPathMethods; md->name; ++md) {
    BuiltinFunction* f = builtin_function_new(md, Value(path), Value(intern("posixpath")), false);
    dict_set_str(path->dict, intern(md->name), Value(f));
    decref(f);
  }
  Dict* pd = path->dict;
  add_str(pd, "sep", "/");
  add_str(pd, "extsep", ".");
  add_str(pd, "pathsep", ":");
  add_str(pd, "curdir", ".");
  add_str(pd, "pardir", "..");
  add_str(pd, "devnull", "/dev/null");
  dict_set_str(pd, intern("altsep"), none());
  dict_set_str(d, intern("path"), Value(path));
  if (vm.modules) {
    dict_set_str(vm.modules, intern("os.path"), Value(path));
    dict_set_str(vm.modules, intern("posixpath"), Value(path));
  }
  decref(path);
  return true;
}

}  // namespace

const ModuleDef kModOs = {"os", kOsMethods, os_init,
                          "OS routines for NT or Posix depending on what system we're on."};

}  // namespace coil
