// mod_io.cpp - the io module (also _io) and builtins.open: raw files, buffered streams, text files
// with codecs and newline translation, StringIO and BytesIO, on the file-system seam (port/fs.h).
//
// Section index
//   1. Layouts, types and shared helpers (argument checks, errors, the UnsupportedOperation class)
//   2. _IOBase, _RawIOBase, _BufferedIOBase, _TextIOBase: the generic methods Python subclasses use
//   3. FileIO: raw unbuffered files
//   4. BufferedReader, BufferedWriter, BufferedRandom
//   5. BytesIO
//   6. StringIO
//   7. TextIOWrapper: decoding, newline translation, tell/seek cookies
//   8. open() and the module (types, constants, sys.modules aliases)
#include "modules/io.h"

#include <cstring>
#include <string>
#include <vector>

#include "modules/registry.h"
#include "objects/bytes.h"
#include "objects/codecs.h"
#include "objects/slice.h"
#include "port/fs.h"
#include "vm/runtime.h"
#include "vm/weakref.h"

namespace coil {

extern const ModuleDef kModIo;

// ============================================================== 1. layouts, types, helpers

Type IOBaseType, RawIOBaseType, BufferedIOBaseType, TextIOBaseType;
Type FileIOType, BufferedReaderType, BufferedWriterType, BufferedRandomType;
Type BytesIOType, StringIOType, TextIOWrapperType;

namespace {

constexpr int64_t kDefaultBufferSize = 8192;
constexpr int64_t kTextChunkSize = 8192;

// Every io object starts like this (so Python subclasses of any io class share one layout prefix).
struct IOBaseObj : Object {
  Dict* dict;
  uint8_t base_closed;  // _IOBase's own closed flag (used by Python subclasses of the ABCs)
};

struct FileIOObj : IOBaseObj {
  int fd;  // -1 when closed
  uint8_t readable, writable, appending, created, closefd;
  int8_t seekable;  // -1 unknown
  int64_t blksize;
  Value name;  // the name given to the constructor (str, bytes or int), null when unset
};

enum BufKind : uint8_t { kBufReader = 0, kBufWriter = 1, kBufRandom = 2 };

struct BufferedObj : IOBaseObj {
  Value raw;          // null when detached or not initialised
  uint8_t kind;
  uint8_t ok;         // __init__ ran
  uint8_t detached;
  int64_t buffer_size;
  std::string* rbuf;  // read-ahead: bytes [rpos, size) are not consumed yet
  int64_t rpos;
  std::string* wbuf;  // bytes written but not yet passed to raw
};

struct BytesIOObj : IOBaseObj {
  std::string* buf;
  int64_t pos;
  uint8_t closed;
};

struct StringIOObj : IOBaseObj {
  std::vector<uint32_t>* buf;  // code points
  int64_t pos;
  uint8_t closed, ok;
  uint8_t readuniversal, readtranslate;
  uint8_t seennl;       // newline kinds seen (1 LF, 2 CR, 4 CRLF), when readuniversal
  uint8_t pending_cr;   // the last write ended with '\r' (translation waits for a '\n')
  uint8_t has_newline_attr;
  char readnl[3];       // "\n", "\r" or "\r\n" when not universal
  char writenl[3];      // "" (no translation), "\r" or "\r\n"
};

// Which codec a text file uses, for decoding chunk boundaries and tell() arithmetic.
enum class TextCodec : uint8_t { Utf8, Utf8Sig, Latin1, Ascii, Cp1252, Utf16, Utf16LE, Utf16BE, Utf32, Utf32LE, Utf32BE };

struct TextIOObj : IOBaseObj {
  Value buffer;      // null when detached / not initialised
  Str* encoding;     // as given (or the default)
  Str* errors;
  uint8_t ok, detached;
  uint8_t readable, writable, seekable;
  uint8_t line_buffering, write_through;
  uint8_t newline_kind;  // 0 None, 1 '', 2 '\n', 3 '\r', 4 '\r\n'
  uint8_t readuniversal, readtranslate;
  uint8_t seennl, cr_pending_count;  // newline kinds seen; a '\r' at the end of the last chunk not counted yet
  uint8_t telling;       // tell() allowed (false while iterating)
  uint8_t eof;           // the buffer reported end of file during this read operation
  uint8_t have_state;    // dec/undecoded/cookie_pos describe a read position
  uint8_t enc_started;   // the encoder wrote its BOM (utf-16/32, utf-8-sig) or must not
  uint8_t dec_at_start;  // the next decode starts at position 0 (a BOM may follow)
  TextCodec codec;       // the codec family
  TextCodec dec_codec;   // the codec decoding actually uses (utf-16/32 after BOM detection)
  std::string* dec;      // decoded, untranslated text (UTF-8) not consumed yet from dec_pos on
  int64_t dec_pos;
  std::string* undecoded;  // bytes read but held back (an incomplete character at a chunk end)
  std::string* pending;    // encoded bytes not written to the buffer yet
  int64_t cookie_pos;      // byte position in the buffer of dec[dec_pos]
  int64_t chunk_size;
};

inline Args rest(Args a) { return Args{a.v + 1, a.n - 1, a.kwnames}; }

bool no_kw(VM& vm, Args a, const char* qual) {
  if (a.nkw()) {
    raisef(vm, &TypeErrorType, "%s() takes no keyword arguments", qual);
    return false;
  }
  return true;
}

// METH_NOARGS: "StringIO.getvalue() takes no arguments (1 given)"
bool args_none(VM& vm, Args a, const char* qual) {
  if (!no_kw(vm, a, qual)) return false;
  if (a.n != 1) {
    raisef(vm, &TypeErrorType, "%s() takes no arguments (%u given)", qual, a.n - 1);
    return false;
  }
  return true;
}

// METH_O: "TextIOWrapper.write() takes exactly one argument (0 given)"
bool args_one(VM& vm, Args a, const char* qual) {
  if (!no_kw(vm, a, qual)) return false;
  if (a.n != 2) {
    raisef(vm, &TypeErrorType, "%s() takes exactly one argument (%u given)", qual, a.n - 1);
    return false;
  }
  return true;
}

// Positional-only parameters: "seek expected at least 1 argument, got 0"
bool args_range(VM& vm, Args a, const char* qual, const char* name, uint32_t min, uint32_t max) {
  if (!no_kw(vm, a, qual)) return false;
  uint32_t n = a.n - 1;
  if (n < min) {
    raisef(vm, &TypeErrorType, "%s expected at least %u argument%s, got %u", name, min, min == 1 ? "" : "s", n);
    return false;
  }
  if (n > max) {
    raisef(vm, &TypeErrorType, "%s expected at most %u argument%s, got %u", name, max, max == 1 ? "" : "s", n);
    return false;
  }
  return true;
}

bool has_index(Value v) {
  if (is_int(v)) return true;
  Type* t = type_of(v);
  return t->number && t->number->index;
}

// CPython's _Py_convert_optional_to_ssize_t: None (or absent) -> dflt.
bool opt_size(VM& vm, Value v, int64_t* out, int64_t dflt = -1) {
  if (!v || is_none(v)) {
    *out = dflt;
    return true;
  }
  if (!has_index(v)) {
    raisef(vm, &TypeErrorType, "argument should be integer or None, not '%s'", tname(v));
    return false;
  }
  return index_to_i64(vm, v, out, &OverflowErrorType);
}

// An index-like integer ("'float' object cannot be interpreted as an integer").
bool int_arg(VM& vm, Value v, int64_t* out) { return index_to_i64(vm, v, out, &OverflowErrorType); }

Value err_closed(VM& vm) { return raise(vm, &ValueErrorType, "I/O operation on closed file."); }
Value err_closed_np(VM& vm) { return raise(vm, &ValueErrorType, "I/O operation on closed file"); }

Value new_str(std::string_view s) { return Value(str_new(s)); }

// Method calls on a wrapped stream; obj is null when Python code detached it meanwhile.
Value err_detached(VM& vm) { return raise(vm, &ValueErrorType, "underlying stream has been detached"); }
Value call_m0(VM& vm, Value obj, const char* name) {
  if (!obj) return err_detached(vm);
  return call_method0(vm, obj, intern(name));
}
Value call_m1(VM& vm, Value obj, const char* name, Value a) {
  if (!obj) return err_detached(vm);
  return call_method1(vm, obj, intern(name), a);
}
Value call_m2(VM& vm, Value obj, const char* name, Value a, Value b) {
  if (!obj) return err_detached(vm);
  Value args[2] = {a, b};
  return call_method(vm, obj, intern(name), Args{args, 2, nullptr});
}

// The io module of this VM (imports it on first use: open() needs io.UnsupportedOperation).
Module* io_module(VM& vm) {
  for (const char* name : {"_io", "io"}) {
    Value m = dict_get_str(vm.modules, intern(name));
    if (m && m.is_obj() && m.obj()->type == &ModuleType && m.as<Module>()->def == &kModIo) return m.as<Module>();
  }
  Module* mod = create_builtin_module(vm, &kModIo);  // registers itself as _io
  if (!mod) return nullptr;
  if (!dict_get_str(vm.modules, intern("io"))) dict_set_str(vm.modules, intern("io"), Value(mod));
  decref(mod);
  return mod;
}

Value raise_unsupported(VM& vm, std::string_view msg) {
  Object* saved = vm.exc ? take_error(vm) : nullptr;
  Module* m = io_module(vm);
  Value t = m ? dict_get_str(m->dict, intern("UnsupportedOperation")) : Value();
  if (!m) clear_error(vm);
  if (saved) decref(saved);
  return raise(vm, t && is_type(t) ? t.as<Type>() : &OSErrorType, msg);
}

template <class T> T* obj_of(Value v) { return static_cast<T*>(v.obj()); }

// repr() of a value as std::string (empty + error on failure).
bool repr_text(VM& vm, Value v, std::string* out) {
  Value r = repr(vm, v);
  if (!r) return false;
  *out = std::string(as_str(r)->view());
  decref(r);
  return true;
}

// Runs cleanup code that must not disturb (or leak) the exception state, e.g. from dealloc.
struct ErrorGuard {
  VM& vm;
  Object* saved;
  explicit ErrorGuard(VM& v) : vm(v), saved(v.exc ? take_error(v) : nullptr) {}
  ~ErrorGuard() {
    if (vm.exc) clear_error(vm);
    if (saved) restore_error(vm, saved);
  }
};

// Common pieces of the io types' life cycle.
void iobase_traverse(Object* o, VisitFn visit, void* arg) {
  IOBaseObj* b = static_cast<IOBaseObj*>(o);
  if (b->dict) visit(b->dict, arg);
}
void iobase_clear_dict(Object* o) {
  IOBaseObj* b = static_cast<IOBaseObj*>(o);
  if (b->dict) {
    Dict* d = b->dict;
    b->dict = nullptr;
    decref(d);
  }
}
void iobase_untrack_and_clear(Object* o) {
  if (o->gc_index & Object::kWeakrefBit) weakref_clear_all(o);
  if (gc_is_tracked(o)) gc_untrack(o);
  iobase_clear_dict(o);
}

Object* io_alloc(VM& vm, Type* type) {
  Object* o = object_alloc(type, type->basicsize);
  if (!o) {
    raise_memory_error(vm);
    return nullptr;
  }
  gc_track(o);
  return o;
}

}  // namespace

Value io_raise_errno(VM& vm, int err, Value filename) {
  Value args[3] = {Value::small(err), Value(str_new(fs_strerror(err))), filename};
  Value exc = call(vm, Value(&OSErrorType), Args{args, filename ? 3u : 2u, nullptr});
  decref(args[1]);
  if (!exc) return Value();
  raise_exc(vm, exc);
  decref(exc);
  return Value();
}

namespace {

// ============================================================== 2. the abstract base classes

// IOBase.closed for Python subclasses: the object's own flag.
Value iobase_get_closed(VM&, Value self) { return new_bool(obj_of<IOBaseObj>(self)->base_closed); }

// self.closed as a truth value (any io object, any subclass).
int is_closed(VM& vm, Value self) {
  if (!self) {
    err_detached(vm);
    return -1;
  }
  Value c = get_attr(vm, self, intern("closed"));
  if (!c) return -1;
  int r = truthy(vm, c);
  decref(c);
  return r;
}

bool check_closed_generic(VM& vm, Value self) {
  int c = is_closed(vm, self);
  if (c < 0) return false;
  if (c) {
    err_closed(vm);
    return false;
  }
  return true;
}

Value iobase_unsupported_seek(VM& vm, Args a) {
  (void)a;
  return raise_unsupported(vm, "seek");
}
Value iobase_tell(VM& vm, Args a) {
  if (!args_none(vm, a, "_IOBase.tell")) return Value();
  return call_m2(vm, a[0], "seek", Value::small(0), Value::small(1));
}
Value iobase_truncate(VM& vm, Args) { return raise_unsupported(vm, "truncate"); }
Value iobase_fileno(VM& vm, Args) { return raise_unsupported(vm, "fileno"); }

Value iobase_flush(VM& vm, Args a) {
  if (!args_none(vm, a, "_IOBase.flush")) return Value();
  if (obj_of<IOBaseObj>(a[0])->base_closed) return err_closed(vm);
  return new_none();
}

Value iobase_close(VM& vm, Args a) {
  if (!args_none(vm, a, "_IOBase.close")) return Value();
  IOBaseObj* b = obj_of<IOBaseObj>(a[0]);
  if (b->base_closed) return new_none();
  Value r = call_m0(vm, a[0], "flush");
  b->base_closed = 1;
  if (!r) return Value();
  decref(r);
  return new_none();
}

Value iobase_false(VM& vm, Args a) {
  if (!no_kw(vm, a, "_IOBase")) return Value();
  return new_bool(false);
}

Value iobase_isatty(VM& vm, Args a) {
  if (!args_none(vm, a, "_IOBase.isatty")) return Value();
  if (!check_closed_generic(vm, a[0])) return Value();
  return new_bool(false);
}

Value iobase_enter(VM& vm, Args a) {
  if (!args_none(vm, a, "_IOBase.__enter__")) return Value();
  if (!check_closed_generic(vm, a[0])) return Value();
  return newref(a[0]);
}

Value iobase_exit(VM& vm, Args a) { return call_m0(vm, a[0], "close"); }

// __del__ (Python subclasses get it as a finalizer): close() if not closed, errors ignored.
Value iobase_del(VM& vm, Args a) {
  int c = is_closed(vm, a[0]);
  if (c < 0) clear_error(vm);
  if (c == 0) {
    Value r = call_m0(vm, a[0], "close");
    if (!r) clear_error(vm);
    decref(r);
  }
  return new_none();
}

Value iobase_iter(VM& vm, Value self) {
  if (!check_closed_generic(vm, self)) return Value();
  return newref(self);
}

int64_t obj_len(VM& vm, Value v) { return length(vm, v); }

Value iobase_next(VM& vm, Value self) {
  Value line = call_m0(vm, self, "readline");
  if (!line) return Value();
  int64_t n = obj_len(vm, line);
  if (n < 0) {
    decref(line);
    return Value();
  }
  if (n == 0) {
    decref(line);
    return Value::iter_done();
  }
  return line;
}

// IOBase.readline(size=-1): byte by byte through peek() or read(1).
Value iobase_readline(VM& vm, Args a) {
  if (!args_range(vm, a, "_IOBase.readline", "readline", 0, 1)) return Value();
  int64_t limit;
  if (!opt_size(vm, a.n > 1 ? a[1] : Value(), &limit)) return Value();
  Value self = a[0];
  Value peek = get_attr_opt(vm, self, intern("peek"));
  if (!peek && has_error(vm)) return Value();
  std::string out;
  while (limit < 0 || int64_t(out.size()) < limit) {
    int64_t nreadahead = 1;
    if (peek) {
      Value ra = call1(vm, peek, Value::small(1));
      if (!ra) {
        decref(peek);
        return Value();
      }
      if (!is_bytes(ra)) {
        decref(peek);
        raisef(vm, &OSErrorType, "peek() should have returned a bytes object, not '%s'", tname(ra));
        decref(ra);
        return Value();
      }
      Bytes* rb = as_bytes(ra);
      if (rb->size > 0) {
        int64_t n = 0;
        while (n < rb->size && (limit < 0 || n < limit - int64_t(out.size()))) {
          if (rb->data[n++] == '\n') break;
        }
        nreadahead = n;
      }
      decref(ra);
    }
    Value b = call_m1(vm, self, "read", Value::small(nreadahead));
    if (!b) {
      decref(peek);
      return Value();
    }
    if (!is_bytes(b)) {
      decref(peek);
      raisef(vm, &OSErrorType, "read() should have returned a bytes object, not '%s'", tname(b));
      decref(b);
      return Value();
    }
    Bytes* bb = as_bytes(b);
    if (bb->size == 0) {
      decref(b);
      break;
    }
    out.append(bb->data, size_t(bb->size));
    decref(b);
    if (out.back() == '\n') break;
  }
  decref(peek);
  return bytes_from(vm, out);
}

// IOBase.readlines(hint=-1)
Value iobase_readlines(VM& vm, Args a) {
  if (!args_range(vm, a, "_IOBase.readlines", "readlines", 0, 1)) return Value();
  int64_t hint;
  if (!opt_size(vm, a.n > 1 ? a[1] : Value(), &hint)) return Value();
  List* result = list_new(0);
  Value it = get_iter(vm, a[0]);
  if (!it) {
    decref(result);
    return Value();
  }
  int64_t total = 0;
  for (;;) {
    Value line = iter_next(vm, it);
    if (line.is_iter_done()) break;
    if (!line) {
      decref(it);
      decref(result);
      return Value();
    }
    list_append(vm, result, line);
    if (hint > 0) {
      int64_t n = obj_len(vm, line);
      decref(line);
      if (n < 0) {
        decref(it);
        decref(result);
        return Value();
      }
      total += n;
      if (total >= hint) break;
    } else {
      decref(line);
    }
  }
  decref(it);
  return Value(result);
}

// IOBase.writelines(lines)
Value iobase_writelines(VM& vm, Args a) {
  if (!args_one(vm, a, "_IOBase.writelines")) return Value();
  if (!check_closed_generic(vm, a[0])) return Value();
  Value self = a[0];
  bool ok = for_each_item(vm, a[1], [&](Value line) {
    Value r = call_m1(vm, self, "write", line);
    if (!r) return false;
    decref(r);
    return true;
  });
  if (!ok) return Value();
  return new_none();
}

Value iobase_get_dict(VM& vm, Value self) {
  IOBaseObj* b = obj_of<IOBaseObj>(self);
  if (!b->dict) {
    b->dict = dict_new();
    if (!b->dict) return raise_memory_error(vm);
  }
  return Value(newref(b->dict));
}

// RawIOBase.read(size=-1): readinto() into a bytearray.
Value rawiobase_read(VM& vm, Args a) {
  if (!args_range(vm, a, "_RawIOBase.read", "read", 0, 1)) return Value();
  int64_t n;
  if (!opt_size(vm, a.n > 1 ? a[1] : Value(), &n)) return Value();
  if (n < 0) return call_m0(vm, a[0], "readall");
  ByteArray* b = bytearray_new(vm, nullptr, 0);
  if (!b) return Value();
  if (!bytearray_resize(vm, b, n)) {
    decref(b);
    return Value();
  }
  if (n) std::memset(b->data, 0, size_t(n));
  Value r = call_m1(vm, a[0], "readinto", Value(b));
  if (!r) {
    decref(b);
    return Value();
  }
  if (is_none(r)) {
    decref(b);
    return r;
  }
  int64_t got;
  bool ok = int_arg(vm, r, &got);
  decref(r);
  if (!ok) {
    decref(b);
    return Value();
  }
  if (got < 0 || got > n) {
    decref(b);
    return raisef(vm, &ValueErrorType, "readinto returned %lld outside buffer size %lld", (long long)got, (long long)n);
  }
  Value out = bytes_from(vm, b->data, got);
  decref(b);
  return out;
}

Value rawiobase_readall(VM& vm, Args a) {
  if (!args_none(vm, a, "_RawIOBase.readall")) return Value();
  std::string all;
  for (;;) {
    Value d = call_m1(vm, a[0], "read", Value::small(kDefaultBufferSize));
    if (!d) return Value();
    if (is_none(d)) {
      if (all.empty()) return d;
      decref(d);
      break;
    }
    if (!is_bytes(d)) {
      decref(d);
      return raise(vm, &TypeErrorType, "read() should return bytes");
    }
    Bytes* b = as_bytes(d);
    if (b->size == 0) {
      decref(d);
      break;
    }
    all.append(b->data, size_t(b->size));
    decref(d);
  }
  return bytes_from(vm, all);
}

Value not_implemented(VM& vm, Args) { return raise(vm, &NotImplementedErrorType, ""); }

Value bufferediobase_read(VM& vm, Args) { return raise_unsupported(vm, "read"); }
Value bufferediobase_read1(VM& vm, Args) { return raise_unsupported(vm, "read1"); }
Value bufferediobase_write(VM& vm, Args) { return raise_unsupported(vm, "write"); }
Value bufferediobase_detach(VM& vm, Args) { return raise_unsupported(vm, "detach"); }

// Copies `data` into the writable buffer `target` (bytearray fast path, else target[0:n] = data).
bool copy_into(VM& vm, Value target, const char* data, int64_t n) {
  if (n == 0) return true;
  if (is_bytearray(target)) {
    std::memcpy(target.as<ByteArray>()->data, data, size_t(n));
    return true;
  }
  Value chunk = bytes_from(vm, data, n);
  if (!chunk) return false;
  Value sl = slice_new(Value::small(0), Value::small(n), Value());
  bool ok = set_item(vm, target, sl, chunk);
  decref(sl);
  decref(chunk);
  return ok;
}

// readinto() targets must be writable buffers (bytearray, writable memoryview).
bool check_writable_buffer(VM& vm, Value v, const char* fname) {
  if (is_bytearray(v)) return true;
  if (is_memoryview(v)) {
    Value ro = get_attr(vm, v, intern("readonly"));
    if (!ro) return false;
    int r = truthy(vm, ro);
    decref(ro);
    if (r < 0) return false;
    if (!r) return true;
  }
  raisef(vm, &TypeErrorType, "%s() argument must be read-write bytes-like object, not %s", fname, tname(v));
  return false;
}

// BufferedIOBase.readinto(b): read(len(b)) copied into b.
Value readinto_via_read(VM& vm, Value self, Value target, const char* meth) {
  if (!check_writable_buffer(vm, target, meth[4] ? "readinto1" : "readinto")) return Value();
  int64_t n = length(vm, target);
  if (n < 0) return Value();
  Value d = call_m1(vm, self, meth, Value::small(n));
  if (!d) return Value();
  const char* p;
  int64_t len;
  if (!get_buffer(vm, d, &p, &len)) {
    decref(d);
    return Value();
  }
  if (len > n) {
    decref(d);
    return raisef(vm, &ValueErrorType, "read() returned too much data: %lld bytes requested, %lld returned",
                  (long long)n, (long long)len);
  }
  bool ok = copy_into(vm, target, p, len);
  decref(d);
  if (!ok) return Value();
  return int_from_i64(len);
}

Value bufferediobase_readinto(VM& vm, Args a) {
  if (!args_one(vm, a, "_BufferedIOBase.readinto")) return Value();
  return readinto_via_read(vm, a[0], a[1], "read");
}
Value bufferediobase_readinto1(VM& vm, Args a) {
  if (!args_one(vm, a, "_BufferedIOBase.readinto1")) return Value();
  return readinto_via_read(vm, a[0], a[1], "read1");
}

Value textiobase_detach(VM& vm, Args) { return raise_unsupported(vm, "detach"); }
Value textiobase_read(VM& vm, Args) { return raise_unsupported(vm, "read"); }
Value textiobase_readline(VM& vm, Args) { return raise_unsupported(vm, "readline"); }
Value textiobase_write(VM& vm, Args) { return raise_unsupported(vm, "write"); }
Value textiobase_none(VM&, Value) { return new_none(); }

Value iobase_tp_new(VM& vm, Type* type, Args) {
  Object* o = io_alloc(vm, type);
  return o ? Value(o) : Value();
}

void iobase_dealloc(Object* o) {
  iobase_untrack_and_clear(o);
  generic_dealloc(o);
}

const MethodDef kIOBaseMethods[] = {
    {"seek", iobase_unsupported_seek, kMethPlain, nullptr, nullptr},
    {"tell", iobase_tell, kMethPlain, nullptr, nullptr},
    {"truncate", iobase_truncate, kMethPlain, nullptr, nullptr},
    {"flush", iobase_flush, kMethPlain, nullptr, nullptr},
    {"close", iobase_close, kMethPlain, nullptr, nullptr},
    {"seekable", iobase_false, kMethPlain, nullptr, nullptr},
    {"readable", iobase_false, kMethPlain, nullptr, nullptr},
    {"writable", iobase_false, kMethPlain, nullptr, nullptr},
    {"fileno", iobase_fileno, kMethPlain, nullptr, nullptr},
    {"isatty", iobase_isatty, kMethPlain, nullptr, nullptr},
    {"__enter__", iobase_enter, kMethPlain, nullptr, nullptr},
    {"__exit__", iobase_exit, kMethPlain, nullptr, nullptr},
    {"__del__", iobase_del, kMethPlain, nullptr, nullptr},
    {"readline", iobase_readline, kMethPlain, nullptr, nullptr},
    {"readlines", iobase_readlines, kMethPlain, nullptr, nullptr},
    {"writelines", iobase_writelines, kMethPlain, nullptr, nullptr},
    {nullptr, nullptr, 0, nullptr, nullptr}};

const GetSetDef kIOBaseGetSets[] = {
    {"closed", iobase_get_closed, nullptr, nullptr},
    {"__dict__", iobase_get_dict, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr}};

const MethodDef kRawIOBaseMethods[] = {
    {"read", rawiobase_read, kMethPlain, nullptr, nullptr},
    {"readall", rawiobase_readall, kMethPlain, nullptr, nullptr},
    {"readinto", not_implemented, kMethPlain, nullptr, nullptr},
    {"write", not_implemented, kMethPlain, nullptr, nullptr},
    {nullptr, nullptr, 0, nullptr, nullptr}};

const MethodDef kBufferedIOBaseMethods[] = {
    {"detach", bufferediobase_detach, kMethPlain, nullptr, nullptr},
    {"read", bufferediobase_read, kMethPlain, nullptr, nullptr},
    {"read1", bufferediobase_read1, kMethPlain, nullptr, nullptr},
    {"readinto", bufferediobase_readinto, kMethPlain, nullptr, nullptr},
    {"readinto1", bufferediobase_readinto1, kMethPlain, nullptr, nullptr},
    {"write", bufferediobase_write, kMethPlain, nullptr, nullptr},
    {nullptr, nullptr, 0, nullptr, nullptr}};

const MethodDef kTextIOBaseMethods[] = {
    {"detach", textiobase_detach, kMethPlain, nullptr, nullptr},
    {"read", textiobase_read, kMethPlain, nullptr, nullptr},
    {"readline", textiobase_readline, kMethPlain, nullptr, nullptr},
    {"write", textiobase_write, kMethPlain, nullptr, nullptr},
    {nullptr, nullptr, 0, nullptr, nullptr}};

const GetSetDef kTextIOBaseGetSets[] = {
    {"encoding", textiobase_none, nullptr, nullptr},
    {"newlines", textiobase_none, nullptr, nullptr},
    {"errors", textiobase_none, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr}};

// ============================================================== 3. FileIO

// tp_name as CPython prints it in reprs: "_io.FileIO" for the builtin, the bare name for subclasses.
const char* tp_name(Value v) {
  Type* t = type_of(v);
  return type_has(t, kTypeHeap) ? type_name(t) : t->cname;
}

FileIOObj* fio(Value v) { return obj_of<FileIOObj>(v); }

}  // namespace

// os.fspath(): str and bytes pass, PathLike objects give their __fspath__() (new reference).
Value io_fspath(VM& vm, Value path) {
  if (is_str(path) || is_bytes(path)) return newref(path);
  Value m = lookup_special(vm, path, g_names.fspath);
  if (!m) {
    if (has_error(vm)) return Value();
    return raisef(vm, &TypeErrorType, "expected str, bytes or os.PathLike object, not %s", tname(path));
  }
  Value r = call0(vm, m);
  decref(m);
  if (!r) return Value();
  if (!is_str(r) && !is_bytes(r)) {
    raisef(vm, &TypeErrorType, "expected %s.__fspath__() to return str or bytes, not %s", tname(path), tname(r));
    decref(r);
    return Value();
  }
  return r;
}

// A path (str/bytes/PathLike) as the bytes to give the OS; false + error (TypeError, "embedded null byte").
bool io_path_bytes(VM& vm, Value path, std::string* out, const char* funcname) {
  if (funcname && !is_str(path) && !is_bytes(path) && !type_lookup(type_of(path), g_names.fspath)) {
    raisef(vm, &TypeErrorType, "%s: path should be string, bytes or os.PathLike, not %s", funcname, tname(path));
    return false;
  }
  Value p = io_fspath(vm, path);
  if (!p) return false;
  if (is_bytes(p)) {
    *out = std::string(as_bytes(p)->view());
  } else {
    Str* s = as_str(p);
    if (s->ascii) {
      *out = std::string(s->view());
    } else {
      Value b = codec_encode(vm, s, "utf-8", "surrogateescape");
      if (!b) {
        decref(p);
        return false;
      }
      *out = std::string(as_bytes(b)->view());
      decref(b);
    }
  }
  decref(p);
  if (out->find('\0') != std::string::npos) {
    raise(vm, &ValueErrorType, "embedded null byte");
    return false;
  }
  return true;
}

namespace {

Value fileio_tp_new(VM& vm, Type* type, Args) {
  Object* o = io_alloc(vm, type);
  if (!o) return Value();
  FileIOObj* f = static_cast<FileIOObj*>(o);
  f->fd = -1;
  f->seekable = -1;
  f->closefd = 1;
  f->blksize = kDefaultBufferSize;
  return Value(o);
}

void fileio_dealloc(Object* o) {
  FileIOObj* f = static_cast<FileIOObj*>(o);
  if (f->fd >= 0 && f->closefd) fs_close(f->fd);
  f->fd = -1;
  decref(f->name);
  f->name = Value();
  iobase_untrack_and_clear(o);
  generic_dealloc(o);
}

void fileio_clear(Object* o) { iobase_clear_dict(o); }

// Opens `file` (path or descriptor) with a FileIO mode string into f.
bool fileio_open(VM& vm, FileIOObj* f, Value file, std::string_view mode, bool closefd, Value opener) {
  if (f->fd >= 0) {
    if (f->closefd) fs_close(f->fd);
    f->fd = -1;
  }
  int fd = -1;
  std::string path;
  bool is_fd = has_index(file) && !is_str(file) && !is_bytes(file);
  if (is_fd) {
    int64_t v;
    if (!int_arg(vm, file, &v)) return false;
    if (v < 0) {
      raise(vm, &ValueErrorType, "negative file descriptor");
      return false;
    }
    if (v > 0x7fffffff) {
      raise(vm, &OverflowErrorType, "signed integer is greater than maximum");
      return false;
    }
    fd = int(v);
  } else if (!io_path_bytes(vm, file, &path, nullptr)) {
    return false;
  }
  bool rwa = false, plus = false, readable = false, writable = false, appending = false, created = false;
  int flags = 0;
  for (char c : mode) {
    switch (c) {
      case 'x':
      case 'r':
      case 'w':
      case 'a':
        if (rwa) goto bad_mode;
        rwa = true;
        if (c == 'x') {
          created = writable = true;
          flags |= kFsCreate | kFsExclusive | kFsWrite;
        } else if (c == 'r') {
          readable = true;
          flags |= kFsRead;
        } else if (c == 'w') {
          writable = true;
          flags |= kFsCreate | kFsTruncate | kFsWrite;
        } else {
          writable = appending = true;
          flags |= kFsCreate | kFsAppend | kFsWrite;
        }
        break;
      case '+':
        if (plus) goto bad_mode;
        readable = writable = plus = true;
        flags |= kFsRead | kFsWrite;
        break;
      case 'b':
        break;
      default:
        raisef(vm, &ValueErrorType, "invalid mode: %.200s", std::string(mode).c_str());
        return false;
    }
  }
  if (!rwa) goto bad_mode;
  f->readable = readable;
  f->writable = writable;
  f->appending = appending;
  f->created = created;
  f->seekable = -1;
  if (is_fd) {
    f->closefd = closefd;
  } else {
    if (!closefd) {
      raise(vm, &ValueErrorType, "Cannot use closefd=False with file name");
      return false;
    }
    f->closefd = 1;
    if (opener && !is_none(opener)) {
      // Linux O_* values, as os.open expects them
      int lflags = (readable && writable) ? 2 : writable ? 1 : 0;
      if (flags & kFsCreate) lflags |= 0100;
      if (flags & kFsExclusive) lflags |= 0200;
      if (flags & kFsTruncate) lflags |= 01000;
      if (flags & kFsAppend) lflags |= 02000;
      lflags |= 02000000;
      Value r = call2(vm, opener, file, Value::small(lflags));
      if (!r) return false;
      if (!is_int(r)) {
        decref(r);
        raise(vm, &TypeErrorType, "expected integer from opener");
        return false;
      }
      bool overflow;
      int64_t v = int_as_i64(int_value(r), &overflow);
      decref(r);
      if (overflow || v < 0) {
        raisef(vm, &ValueErrorType, "opener returned %lld", (long long)v);
        return false;
      }
      fd = int(v);
    } else {
      fd = fs_open(path, flags, 0666);
      if (fd < 0) {
        io_raise_errno(vm, -fd, file);
        return false;
      }
    }
  }
  {
    FsStat st;
    int r = fs_fstat(fd, &st);
    if (r < 0) {
      if (!is_fd) fs_close(fd);
      io_raise_errno(vm, -r, Value());
      return false;
    }
    if (st.is_dir) {
      if (!is_fd) fs_close(fd);
      io_raise_errno(vm, 21, file);
      return false;
    }
    f->blksize = st.blksize > 1 ? st.blksize : kDefaultBufferSize;
  }
  f->fd = fd;
  decref(f->name);
  f->name = newref(file);
  if (appending) fs_seek(fd, 0, 2);
  return true;
bad_mode:
  raise(vm, &ValueErrorType, "Must have exactly one of create/read/write/append mode and at most one plus");
  return false;
}

bool fileio_init(VM& vm, Value self, Args a) {
  Value out[4];
  if (!parse_args(vm, a, "FileIO", "file,|mode,closefd,opener", out)) return false;
  std::string_view mode = "r";
  if (out[1]) {
    if (!is_str(out[1])) {
      raisef(vm, &TypeErrorType, "FileIO() argument 'mode' must be str, not %s", tname(out[1]));
      return false;
    }
    mode = as_str(out[1])->view();
  }
  bool closefd = true;
  if (out[2]) {
    int t = truthy(vm, out[2]);
    if (t < 0) return false;
    closefd = t;
  }
  return fileio_open(vm, fio(self), out[0], mode, closefd, out[3]);
}

bool fileio_check_open(VM& vm, FileIOObj* f) {
  if (f->fd < 0) {
    err_closed_np(vm);
    return false;
  }
  return true;
}

bool fileio_check_readable(VM& vm, FileIOObj* f) {
  if (!fileio_check_open(vm, f)) return false;
  if (!f->readable) {
    raise_unsupported(vm, "File not open for reading");
    return false;
  }
  return true;
}

bool fileio_check_writable(VM& vm, FileIOObj* f) {
  if (!fileio_check_open(vm, f)) return false;
  if (!f->writable) {
    raise_unsupported(vm, "File not open for writing");
    return false;
  }
  return true;
}

// Reads everything up to the end of the file (appending to *out); false + error.
bool fileio_readall_into(VM& vm, FileIOObj* f, std::string* out) {
  int64_t chunk = 64 * 1024;
  FsStat st;
  if (fs_fstat(f->fd, &st) == 0 && st.is_file) {
    int64_t pos = fs_seek(f->fd, 0, 1);
    if (pos >= 0 && st.size > pos) chunk = st.size - pos + 1;
  }
  for (;;) {
    if (heap_would_exceed(std::size_t(out->size() + chunk))) {
      raise_memory_error(vm);
      return false;
    }
    std::size_t old = out->size();
    out->resize(old + std::size_t(chunk));
    int64_t n = fs_read(f->fd, out->data() + old, chunk);
    if (n < 0) {
      out->resize(old);
      io_raise_errno(vm, int(-n), Value());
      return false;
    }
    out->resize(old + std::size_t(n));
    if (n == 0) break;
    if (chunk < 1024 * 1024) chunk *= 2;
  }
  return true;
}

// One read() call of at most n bytes appended to *out: bytes read or -1 + error.
int64_t fileio_read_some(VM& vm, FileIOObj* f, int64_t n, std::string* out) {
  if (heap_would_exceed(std::size_t(n))) {
    raise_memory_error(vm);
    return -1;
  }
  std::size_t old = out->size();
  out->resize(old + std::size_t(n));
  int64_t r = fs_read(f->fd, out->data() + old, n);
  if (r < 0) {
    out->resize(old);
    io_raise_errno(vm, int(-r), Value());
    return -1;
  }
  out->resize(old + std::size_t(r));
  return r;
}

// Writes all of data (FileIO.write may write less; buffered layers loop): false + error.
bool fileio_write_all(VM& vm, FileIOObj* f, const char* data, int64_t n) {
  while (n > 0) {
    int64_t w = fs_write(f->fd, data, n);
    if (w < 0) {
      io_raise_errno(vm, int(-w), Value());
      return false;
    }
    data += w;
    n -= w;
  }
  return true;
}

Value fileio_read(VM& vm, Args a) {
  if (!args_range(vm, a, "FileIO.read", "read", 0, 1)) return Value();
  FileIOObj* f = fio(a[0]);
  if (!fileio_check_readable(vm, f)) return Value();
  int64_t size;
  if (!opt_size(vm, a.n > 1 ? a[1] : Value(), &size)) return Value();
  std::string out;
  if (size < 0) {
    if (!fileio_readall_into(vm, f, &out)) return Value();
    return bytes_from(vm, out);
  }
  // a regular file cannot give more than what is left
  FsStat st;
  if (size > 65536 && fs_fstat(f->fd, &st) == 0 && st.is_file) {
    int64_t pos = fs_seek(f->fd, 0, 1);
    if (pos >= 0 && st.size - pos + 1 < size) size = st.size > pos ? st.size - pos + 1 : 1;
  }
  if (fileio_read_some(vm, f, size, &out) < 0) return Value();
  return bytes_from(vm, out);
}

Value fileio_readall(VM& vm, Args a) {
  if (!args_none(vm, a, "FileIO.readall")) return Value();
  FileIOObj* f = fio(a[0]);
  if (!fileio_check_open(vm, f)) return Value();
  std::string out;
  if (!fileio_readall_into(vm, f, &out)) return Value();
  return bytes_from(vm, out);
}

Value fileio_readinto(VM& vm, Args a) {
  if (!args_one(vm, a, "FileIO.readinto")) return Value();
  FileIOObj* f = fio(a[0]);
  if (!check_writable_buffer(vm, a[1], "readinto")) return Value();
  if (!fileio_check_readable(vm, f)) return Value();
  int64_t n = length(vm, a[1]);
  if (n < 0) return Value();
  std::string tmp;
  int64_t got = fileio_read_some(vm, f, n, &tmp);
  if (got < 0) return Value();
  if (!copy_into(vm, a[1], tmp.data(), got)) return Value();
  return int_from_i64(got);
}

Value fileio_write(VM& vm, Args a) {
  if (!args_one(vm, a, "FileIO.write")) return Value();
  FileIOObj* f = fio(a[0]);
  if (!fileio_check_writable(vm, f)) return Value();
  const char* p;
  int64_t n;
  std::string scratch;
  if (!get_buffer(vm, a[1], &p, &n, &scratch)) return Value();
  int64_t w = fs_write(f->fd, p, n);
  if (w < 0) return io_raise_errno(vm, int(-w), Value());
  return int_from_i64(w);
}

Value fileio_seek(VM& vm, Args a) {
  if (!args_range(vm, a, "FileIO.seek", "seek", 1, 2)) return Value();
  FileIOObj* f = fio(a[0]);
  if (!fileio_check_open(vm, f)) return Value();
  int64_t pos, whence = 0;
  if (is_float(a[1])) return raise(vm, &TypeErrorType, "an integer is required");
  if (!int_arg(vm, a[1], &pos)) return Value();
  if (a.n > 2 && !int_arg(vm, a[2], &whence)) return Value();
  if (whence < 0 || whence > 2) return io_raise_errno(vm, 22, Value());
  int64_t r = fs_seek(f->fd, pos, int(whence));
  if (r < 0) return io_raise_errno(vm, int(-r), Value());
  return int_from_i64(r);
}

Value fileio_tell(VM& vm, Args a) {
  if (!args_none(vm, a, "FileIO.tell")) return Value();
  FileIOObj* f = fio(a[0]);
  if (!fileio_check_open(vm, f)) return Value();
  int64_t r = fs_seek(f->fd, 0, 1);
  if (r < 0) return io_raise_errno(vm, int(-r), Value());
  return int_from_i64(r);
}

Value fileio_truncate(VM& vm, Args a) {
  if (!args_range(vm, a, "FileIO.truncate", "truncate", 0, 1)) return Value();
  FileIOObj* f = fio(a[0]);
  if (!fileio_check_writable(vm, f)) return Value();
  int64_t size;
  if (a.n > 1 && !is_none(a[1])) {
    if (!int_arg(vm, a[1], &size)) return Value();
  } else {
    size = fs_seek(f->fd, 0, 1);
    if (size < 0) return io_raise_errno(vm, int(-size), Value());
  }
  int r = fs_ftruncate(f->fd, size);
  if (r < 0) return io_raise_errno(vm, -r, Value());
  return int_from_i64(size);
}

// Closes the descriptor (if it is ours): false + error when close() fails.
bool fileio_close_impl(VM& vm, FileIOObj* f) {
  if (f->fd < 0) return true;
  int fd = f->fd;
  f->fd = -1;
  if (f->closefd) {
    int r = fs_close(fd);
    if (r < 0) {
      io_raise_errno(vm, -r, Value());
      return false;
    }
  }
  return true;
}

Value fileio_close(VM& vm, Args a) {
  if (!args_none(vm, a, "FileIO.close")) return Value();
  FileIOObj* f = fio(a[0]);
  if (!fileio_close_impl(vm, f)) return Value();
  f->base_closed = 1;
  return new_none();
}

Value fileio_seekable(VM& vm, Args a) {
  if (!args_none(vm, a, "FileIO.seekable")) return Value();
  FileIOObj* f = fio(a[0]);
  if (!fileio_check_open(vm, f)) return Value();
  if (f->seekable < 0) f->seekable = fs_seek(f->fd, 0, 1) >= 0 ? 1 : 0;
  return new_bool(f->seekable);
}

Value fileio_readable(VM& vm, Args a) {
  if (!args_none(vm, a, "FileIO.readable")) return Value();
  FileIOObj* f = fio(a[0]);
  if (!fileio_check_open(vm, f)) return Value();
  return new_bool(f->readable);
}

Value fileio_writable(VM& vm, Args a) {
  if (!args_none(vm, a, "FileIO.writable")) return Value();
  FileIOObj* f = fio(a[0]);
  if (!fileio_check_open(vm, f)) return Value();
  return new_bool(f->writable);
}

Value fileio_fileno(VM& vm, Args a) {
  if (!args_none(vm, a, "FileIO.fileno")) return Value();
  FileIOObj* f = fio(a[0]);
  if (!fileio_check_open(vm, f)) return Value();
  return Value::small(f->fd);
}

Value fileio_isatty(VM& vm, Args a) {
  if (!args_none(vm, a, "FileIO.isatty")) return Value();
  FileIOObj* f = fio(a[0]);
  if (!fileio_check_open(vm, f)) return Value();
  return new_bool(fs_isatty(f->fd));
}

const char* fileio_mode_string(FileIOObj* f) {
  if (f->created) return f->readable ? "xb+" : "xb";
  if (f->appending) return f->readable ? "ab+" : "ab";
  if (f->readable) return f->writable ? "rb+" : "rb";
  return "wb";
}

Value fileio_get_closed(VM&, Value self) { return new_bool(fio(self)->fd < 0); }
Value fileio_get_closefd(VM&, Value self) { return new_bool(fio(self)->closefd); }
Value fileio_get_mode(VM&, Value self) { return Value(str_from_cstr(fileio_mode_string(fio(self)))); }
Value fileio_get_blksize(VM&, Value self) { return int_from_i64(fio(self)->blksize); }
Value fileio_get_name(VM& vm, Value self) {
  FileIOObj* f = fio(self);
  if (!f->name) return raisef(vm, &AttributeErrorType, "'%s' object has no attribute 'name'", tp_name(self));
  return newref(f->name);
}
bool fileio_set_name(VM&, Value self, Value v) {
  FileIOObj* f = fio(self);
  Value old = f->name;
  f->name = v ? newref(v) : Value();
  decref(old);
  return true;
}

Value fileio_repr(VM& vm, Value self) {
  FileIOObj* f = fio(self);
  std::string out = std::string("<") + tp_name(self);
  if (f->fd < 0) return new_str(out + " [closed]>");
  if (f->name) {
    if (!enter_recursion(vm, " while getting the repr of an object")) return Value();
    std::string r;
    bool ok = repr_text(vm, f->name, &r);
    leave_recursion(vm);
    if (!ok) return Value();
    out += " name=" + r;
  } else {
    out += " fd=" + std::to_string(f->fd);
  }
  out += std::string(" mode='") + fileio_mode_string(f) + "' closefd=" + (f->closefd ? "True" : "False") + ">";
  return new_str(out);
}

const MethodDef kFileIOMethods[] = {
    {"read", fileio_read, kMethPlain, nullptr, nullptr},
    {"readall", fileio_readall, kMethPlain, nullptr, nullptr},
    {"readinto", fileio_readinto, kMethPlain, nullptr, nullptr},
    {"write", fileio_write, kMethPlain, nullptr, nullptr},
    {"seek", fileio_seek, kMethPlain, nullptr, nullptr},
    {"tell", fileio_tell, kMethPlain, nullptr, nullptr},
    {"truncate", fileio_truncate, kMethPlain, nullptr, nullptr},
    {"close", fileio_close, kMethPlain, nullptr, nullptr},
    {"seekable", fileio_seekable, kMethPlain, nullptr, nullptr},
    {"readable", fileio_readable, kMethPlain, nullptr, nullptr},
    {"writable", fileio_writable, kMethPlain, nullptr, nullptr},
    {"fileno", fileio_fileno, kMethPlain, nullptr, nullptr},
    {"isatty", fileio_isatty, kMethPlain, nullptr, nullptr},
    {nullptr, nullptr, 0, nullptr, nullptr}};

const GetSetDef kFileIOGetSets[] = {
    {"closed", fileio_get_closed, nullptr, nullptr},
    {"closefd", fileio_get_closefd, nullptr, nullptr},
    {"mode", fileio_get_mode, nullptr, nullptr},
    {"name", fileio_get_name, fileio_set_name, nullptr},
    {"_blksize", fileio_get_blksize, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr}};

// ============================================================== 4. buffered streams

BufferedObj* bo(Value v) { return obj_of<BufferedObj>(v); }

bool is_exact_fileio(Value v) { return v.is_obj() && v.obj()->type == &FileIOType; }

int64_t unread(BufferedObj* b) { return int64_t(b->rbuf->size()) - b->rpos; }

void rbuf_reset(BufferedObj* b) {
  b->rbuf->clear();
  b->rpos = 0;
}

bool buf_check_init(VM& vm, BufferedObj* b) {
  if (!b->ok) {
    if (b->detached) raise(vm, &ValueErrorType, "raw stream has been detached");
    else raise(vm, &ValueErrorType, "I/O operation on uninitialized object");
    return false;
  }
  return true;
}

// raw.closed: 1, 0 or -1 on error.
int raw_closed(VM& vm, Value raw) {
  if (!raw) {
    err_detached(vm);
    return -1;
  }
  if (is_exact_fileio(raw)) return fio(raw)->fd < 0;
  return is_closed(vm, raw);
}

// Initialised and open, else ValueError(msg) ("read of closed file", ...).
bool buf_check_open(VM& vm, BufferedObj* b, const char* msg) {
  if (!buf_check_init(vm, b)) return false;
  int c = raw_closed(vm, b->raw);
  if (c < 0) return false;
  if (c) {
    raise(vm, &ValueErrorType, msg);
    return false;
  }
  return true;
}

// One raw read of at most n bytes appended to *out: count, 0 at EOF, -1 error, -2 no data (None).
int64_t raw_read(VM& vm, BufferedObj* b, int64_t n, std::string* out) {
  if (!buf_check_init(vm, b)) return -1;  // Python code may have detached us
  if (is_exact_fileio(b->raw)) {
    FileIOObj* f = fio(b->raw);
    if (!fileio_check_readable(vm, f)) return -1;
    return fileio_read_some(vm, f, n, out);
  }
  Value r = call_m1(vm, b->raw, "read", int_from_i64(n));
  if (!r) return -1;
  if (is_none(r)) {
    decref(r);
    return -2;
  }
  const char* p;
  int64_t len;
  if (!get_buffer(vm, r, &p, &len)) {
    decref(r);
    return -1;
  }
  if (len > n) {
    decref(r);
    raisef(vm, &OSErrorType, "raw read() returned invalid length %lld (should have been between 0 and %lld)",
           (long long)len, (long long)n);
    return -1;
  }
  out->append(p, size_t(len));
  decref(r);
  return len;
}

bool raw_write_all(VM& vm, BufferedObj* b, const char* data, int64_t n) {
  if (!buf_check_init(vm, b)) return false;  // Python code may have detached us
  if (is_exact_fileio(b->raw)) {
    FileIOObj* f = fio(b->raw);
    if (!fileio_check_writable(vm, f)) return false;
    return fileio_write_all(vm, f, data, n);
  }
  while (n > 0) {
    Value chunk = bytes_from(vm, data, n);
    if (!chunk) return false;
    Value r = call_m1(vm, b->raw, "write", chunk);
    decref(chunk);
    if (!r) return false;
    if (is_none(r)) {
      decref(r);
      raise(vm, &BlockingIOErrorType, "write could not complete without blocking");
      return false;
    }
    int64_t w;
    bool ok = int_arg(vm, r, &w);
    decref(r);
    if (!ok) return false;
    if (w < 0 || w > n) {
      raisef(vm, &OSErrorType, "raw write() returned invalid length %lld (should have been between 0 and %lld)",
             (long long)w, (long long)n);
      return false;
    }
    data += w;
    n -= w;
  }
  return true;
}

int64_t raw_seek(VM& vm, BufferedObj* b, int64_t off, int whence) {
  if (!buf_check_init(vm, b)) return -1;  // Python code may have detached us
  if (is_exact_fileio(b->raw)) {
    FileIOObj* f = fio(b->raw);
    if (!fileio_check_open(vm, f)) return -1;
    int64_t r = fs_seek(f->fd, off, whence);
    if (r < 0) {
      io_raise_errno(vm, int(-r), Value());
      return -1;
    }
    return r;
  }
  Value r = call_m2(vm, b->raw, "seek", int_from_i64(off), Value::small(whence));
  if (!r) return -1;
  int64_t pos;
  bool ok = int_arg(vm, r, &pos);
  decref(r);
  if (!ok) return -1;
  if (pos < 0) {
    raisef(vm, &OSErrorType, "Raw stream returned invalid position %lld", (long long)pos);
    return -1;
  }
  return pos;
}

// Calls a no-argument method of raw (FileIO natives directly).
Value raw_call0(VM& vm, BufferedObj* b, const char* name) {
  if (!buf_check_init(vm, b)) return Value();
  return call_m0(vm, b->raw, name);
}

bool buf_flush_writes(VM& vm, BufferedObj* b) {
  if (b->wbuf->empty()) return true;
  std::string data;
  data.swap(*b->wbuf);
  if (!raw_write_all(vm, b, data.data(), int64_t(data.size()))) return false;
  return true;
}

// Moves raw back over read-ahead bytes (before writing or seeking in a random-access file).
bool buf_rewind_readahead(VM& vm, BufferedObj* b) {
  int64_t n = unread(b);
  rbuf_reset(b);
  if (n > 0 && raw_seek(vm, b, -n, 1) < 0) return false;
  return true;
}

// Refills the read-ahead buffer with one raw read: bytes read, 0 at EOF, -1 error, -2 none available.
int64_t buf_fill(VM& vm, BufferedObj* b) {
  if (b->rpos > 0) {
    b->rbuf->erase(0, size_t(b->rpos));
    b->rpos = 0;
  }
  return raw_read(vm, b, b->buffer_size, b->rbuf);
}

// Takes up to n unread bytes into *out.
void take(BufferedObj* b, int64_t n, std::string* out) {
  int64_t k = std::min(n, unread(b));
  out->append(b->rbuf->data() + b->rpos, size_t(k));
  b->rpos += k;
  if (b->rpos == int64_t(b->rbuf->size())) rbuf_reset(b);
}

// read(n) (n < 0: to EOF) into *out. Returns false + error; *none set when raw had no data.
bool buf_read_impl(VM& vm, BufferedObj* b, int64_t n, std::string* out, bool* none) {
  *none = false;
  if (!buf_flush_writes(vm, b)) return false;
  if (n < 0) {
    take(b, unread(b), out);
    if (is_exact_fileio(b->raw)) {
      FileIOObj* f = fio(b->raw);
      if (!fileio_check_readable(vm, f)) return false;
      return fileio_readall_into(vm, f, out);
    }
    for (;;) {
      int64_t r = raw_read(vm, b, std::max<int64_t>(b->buffer_size, kDefaultBufferSize), out);
      if (r == -1) return false;
      if (r == -2) {
        if (out->empty()) *none = true;
        return true;
      }
      if (r == 0) return true;
    }
  }
  while (int64_t(out->size()) < n) {
    if (unread(b) > 0) {
      take(b, n - int64_t(out->size()), out);
      continue;
    }
    int64_t remaining = n - int64_t(out->size());
    int64_t r = remaining >= b->buffer_size ? raw_read(vm, b, remaining, out) : buf_fill(vm, b);
    if (r == -1) return false;
    if (r == -2) {
      if (out->empty()) *none = true;
      return true;
    }
    if (r == 0) break;
  }
  return true;
}

Value buffered_read(VM& vm, Args a) {
  if (!args_range(vm, a, "BufferedReader.read", "read", 0, 1)) return Value();
  BufferedObj* b = bo(a[0]);
  int64_t n;
  if (!opt_size(vm, a.n > 1 ? a[1] : Value(), &n)) return Value();
  if (n < -1) return raise(vm, &ValueErrorType, "read length must be non-negative or -1");
  if (!buf_check_open(vm, b, "read of closed file")) return Value();
  std::string out;
  bool none;
  if (!buf_read_impl(vm, b, n, &out, &none)) return Value();
  if (none) return new_none();
  return bytes_from(vm, out);
}

Value buffered_read1(VM& vm, Args a) {
  if (!args_range(vm, a, "BufferedReader.read1", "read1", 0, 1)) return Value();
  BufferedObj* b = bo(a[0]);
  int64_t n;
  if (!opt_size(vm, a.n > 1 ? a[1] : Value(), &n)) return Value();
  if (!buf_check_open(vm, b, "read of closed file")) return Value();
  if (n < 0) n = b->buffer_size;
  if (!buf_flush_writes(vm, b)) return Value();
  std::string out;
  if (n == 0) return bytes_from(vm, out);
  if (unread(b) > 0) {
    take(b, n, &out);
    return bytes_from(vm, out);
  }
  if (n > b->buffer_size) {
    if (raw_read(vm, b, n, &out) == -1) return Value();
    return bytes_from(vm, out);
  }
  int64_t r = buf_fill(vm, b);
  if (r == -1) return Value();
  take(b, n, &out);
  return bytes_from(vm, out);
}

Value buffered_peek(VM& vm, Args a) {
  if (!args_range(vm, a, "BufferedReader.peek", "peek", 0, 1)) return Value();
  BufferedObj* b = bo(a[0]);
  if (a.n > 1) {
    int64_t ignored;
    if (!int_arg(vm, a[1], &ignored)) return Value();
  }
  if (!buf_check_open(vm, b, "peek of closed file")) return Value();
  if (!buf_flush_writes(vm, b)) return Value();
  if (unread(b) == 0 && buf_fill(vm, b) == -1) return Value();
  return bytes_from(vm, b->rbuf->data() + b->rpos, unread(b));
}

// readline(limit) appended to *out.
bool buf_readline_impl(VM& vm, BufferedObj* b, int64_t limit, std::string* out) {
  if (!buf_flush_writes(vm, b)) return false;
  for (;;) {
    int64_t avail = unread(b);
    if (avail > 0) {
      int64_t want = limit < 0 ? avail : std::min(avail, limit - int64_t(out->size()));
      const char* start = b->rbuf->data() + b->rpos;
      const void* nl = std::memchr(start, '\n', size_t(want));
      if (nl) {
        take(b, static_cast<const char*>(nl) - start + 1, out);
        return true;
      }
      take(b, want, out);
      if (limit >= 0 && int64_t(out->size()) >= limit) return true;
    }
    int64_t r = buf_fill(vm, b);
    if (r == -1) return false;
    if (r <= 0) return true;
  }
}

Value buffered_readline(VM& vm, Args a) {
  if (!args_range(vm, a, "BufferedReader.readline", "readline", 0, 1)) return Value();
  BufferedObj* b = bo(a[0]);
  int64_t limit;
  if (!opt_size(vm, a.n > 1 ? a[1] : Value(), &limit)) return Value();
  if (!buf_check_open(vm, b, "readline of closed file")) return Value();
  std::string out;
  if (!buf_readline_impl(vm, b, limit, &out)) return Value();
  return bytes_from(vm, out);
}

Value buffered_readinto_common(VM& vm, Args a, bool one) {
  BufferedObj* b = bo(a[0]);
  if (!check_writable_buffer(vm, a[1], one ? "readinto1" : "readinto")) return Value();
  if (!buf_check_open(vm, b, "readinto of closed file")) return Value();
  int64_t n = length(vm, a[1]);
  if (n < 0) return Value();
  std::string out;
  bool none = false;
  if (one) {
    if (!buf_flush_writes(vm, b)) return Value();
    if (unread(b) == 0) {
      int64_t r = n > b->buffer_size ? raw_read(vm, b, n, &out) : buf_fill(vm, b);
      if (r == -1) return Value();
    }
    take(b, n - int64_t(out.size()), &out);
  } else if (!buf_read_impl(vm, b, n, &out, &none)) {
    return Value();
  }
  if (none) return new_none();
  if (!copy_into(vm, a[1], out.data(), int64_t(out.size()))) return Value();
  return int_from_i64(int64_t(out.size()));
}

Value buffered_readinto(VM& vm, Args a) {
  if (!args_one(vm, a, "BufferedReader.readinto")) return Value();
  return buffered_readinto_common(vm, a, false);
}
Value buffered_readinto1(VM& vm, Args a) {
  if (!args_one(vm, a, "BufferedReader.readinto1")) return Value();
  return buffered_readinto_common(vm, a, true);
}

Value buffered_write(VM& vm, Args a) {
  if (!args_one(vm, a, "BufferedWriter.write")) return Value();
  BufferedObj* b = bo(a[0]);
  const char* p;
  int64_t n;
  std::string scratch;
  if (!get_buffer(vm, a[1], &p, &n, &scratch)) return Value();
  if (p != scratch.data()) {
    scratch.assign(p, size_t(n));  // the object may change while raw.write runs Python code
    p = scratch.data();
  }
  if (!buf_check_open(vm, b, "write to closed file")) return Value();
  if (unread(b) > 0 && !buf_rewind_readahead(vm, b)) return Value();
  if (int64_t(b->wbuf->size()) + n <= b->buffer_size) {
    b->wbuf->append(p, size_t(n));
    return int_from_i64(n);
  }
  if (!buf_flush_writes(vm, b)) return Value();
  if (n > b->buffer_size) {
    if (!raw_write_all(vm, b, p, n)) return Value();
  } else {
    b->wbuf->append(p, size_t(n));
  }
  return int_from_i64(n);
}

Value buffered_flush(VM& vm, Args a) {
  if (!args_none(vm, a, "BufferedWriter.flush")) return Value();
  BufferedObj* b = bo(a[0]);
  if (!buf_check_init(vm, b)) return Value();
  int c = raw_closed(vm, b->raw);
  if (c < 0) return Value();
  if (c) return raise(vm, &ValueErrorType, b->kind == kBufReader ? "I/O operation on closed file." : "flush of closed file");
  if (!buf_flush_writes(vm, b)) return Value();
  if (b->kind == kBufRandom && unread(b) > 0 && !buf_rewind_readahead(vm, b)) return Value();
  return new_none();
}

Value buffered_tell(VM& vm, Args a) {
  if (!args_none(vm, a, "BufferedReader.tell")) return Value();
  BufferedObj* b = bo(a[0]);
  if (!buf_check_init(vm, b)) return Value();
  int64_t pos = raw_seek(vm, b, 0, 1);
  if (pos < 0) return Value();
  pos = pos - unread(b) + int64_t(b->wbuf->size());
  return int_from_i64(pos < 0 ? 0 : pos);
}

Value buffered_seek(VM& vm, Args a) {
  if (!args_range(vm, a, "BufferedReader.seek", "seek", 1, 2)) return Value();
  BufferedObj* b = bo(a[0]);
  if (!buf_check_init(vm, b)) return Value();
  int64_t target, whence = 0;
  if (!int_arg(vm, a[1], &target)) return Value();
  if (a.n > 2 && !int_arg(vm, a[2], &whence)) return Value();
  if (whence < 0 || whence > 2) return raisef(vm, &ValueErrorType, "whence value %lld unsupported", (long long)whence);
  if (!buf_check_open(vm, b, "seek of closed file")) return Value();
  Value s = raw_call0(vm, b, "seekable");
  if (!s) return Value();
  int sk = truthy(vm, s);
  decref(s);
  if (sk < 0) return Value();
  if (!sk) return raise_unsupported(vm, "File or stream is not seekable.");
  if (!buf_flush_writes(vm, b)) return Value();
  if (whence == 1) target -= unread(b);
  rbuf_reset(b);
  int64_t pos = raw_seek(vm, b, target, int(whence));
  if (pos < 0) return Value();
  return int_from_i64(pos);
}

Value buffered_truncate(VM& vm, Args a) {
  if (!args_range(vm, a, "BufferedWriter.truncate", "truncate", 0, 1)) return Value();
  BufferedObj* b = bo(a[0]);
  if (!buf_check_open(vm, b, "truncate of closed file")) return Value();
  if (b->kind == kBufReader) return raise_unsupported(vm, "truncate");
  if (!buf_flush_writes(vm, b)) return Value();
  if (unread(b) > 0 && !buf_rewind_readahead(vm, b)) return Value();
  if (a.n > 1 && !is_none(a[1])) return call_m1(vm, b->raw, "truncate", a[1]);
  return raw_call0(vm, b, "truncate");
}

// close(): flush, then close raw (the flush error wins). Used by dealloc with native raws too.
bool buffered_close_impl(VM& vm, BufferedObj* b) {
  int c = raw_closed(vm, b->raw);
  if (c < 0) return false;
  if (c) return true;
  bool ok = buf_flush_writes(vm, b);
  Object* err = ok ? nullptr : take_error(vm);
  rbuf_reset(b);
  Value r = raw_call0(vm, b, "close");
  if (err) {
    if (!r) clear_error(vm);
    else decref(r);
    restore_error(vm, err);
    return false;
  }
  if (!r) return false;
  decref(r);
  return true;
}

Value buffered_close(VM& vm, Args a) {
  if (!args_none(vm, a, "BufferedReader.close")) return Value();
  BufferedObj* b = bo(a[0]);
  if (!buf_check_init(vm, b)) return Value();
  if (!buffered_close_impl(vm, b)) return Value();
  return new_none();
}

Value buffered_detach(VM& vm, Args a) {
  if (!args_none(vm, a, "BufferedReader.detach")) return Value();
  BufferedObj* b = bo(a[0]);
  if (!buf_check_init(vm, b)) return Value();
  if (!buf_flush_writes(vm, b)) return Value();
  if (unread(b) > 0) {
    int64_t n = unread(b);
    rbuf_reset(b);
    Value s = raw_call0(vm, b, "seekable");
    if (s && truthy(vm, s) == 1) raw_seek(vm, b, -n, 1);
    decref(s);
    if (has_error(vm)) clear_error(vm);
  }
  Value raw = b->raw;
  b->raw = Value();
  b->ok = 0;
  b->detached = 1;
  return raw;
}

Value buffered_delegate(VM& vm, Args a, const char* name) {
  if (!no_kw(vm, a, name)) return Value();
  BufferedObj* b = bo(a[0]);
  if (!buf_check_init(vm, b)) return Value();
  return raw_call0(vm, b, name);
}
Value buffered_seekable(VM& vm, Args a) { return buffered_delegate(vm, a, "seekable"); }
Value buffered_readable(VM& vm, Args a) { return buffered_delegate(vm, a, "readable"); }
Value buffered_writable(VM& vm, Args a) { return buffered_delegate(vm, a, "writable"); }
Value buffered_fileno(VM& vm, Args a) { return buffered_delegate(vm, a, "fileno"); }
Value buffered_isatty(VM& vm, Args a) { return buffered_delegate(vm, a, "isatty"); }

Value buffered_get_raw(VM& vm, Value self) {
  BufferedObj* b = bo(self);
  if (!buf_check_init(vm, b)) return Value();
  return newref(b->raw);
}
Value buffered_get_closed(VM& vm, Value self) {
  BufferedObj* b = bo(self);
  if (!buf_check_init(vm, b)) return Value();
  if (is_exact_fileio(b->raw)) return new_bool(fio(b->raw)->fd < 0);
  return get_attr(vm, b->raw, intern("closed"));
}
Value buffered_get_name(VM& vm, Value self) {
  BufferedObj* b = bo(self);
  if (!buf_check_init(vm, b)) return Value();
  return get_attr(vm, b->raw, intern("name"));
}
Value buffered_get_mode(VM& vm, Value self) {
  BufferedObj* b = bo(self);
  if (!buf_check_init(vm, b)) return Value();
  return get_attr(vm, b->raw, intern("mode"));
}

// " name='x'" from getattr(self, 'name'), or "" when it is missing (AttributeError/ValueError).
bool name_part(VM& vm, Value self, const char* attr, std::string* out) {
  Value n = get_attr(vm, self, intern(attr));
  if (!n) {
    if (error_matches(vm, &AttributeErrorType) || error_matches(vm, &ValueErrorType)) {
      clear_error(vm);
      return true;
    }
    return false;
  }
  if (!enter_recursion(vm, " while getting the repr of an object")) {
    decref(n);
    return false;
  }
  std::string r;
  bool ok = repr_text(vm, n, &r);
  leave_recursion(vm);
  decref(n);
  if (!ok) return false;
  *out += std::string(" ") + attr + "=" + r;
  return true;
}

Value buffered_repr(VM& vm, Value self) {
  std::string out = std::string("<") + tp_name(self);
  if (!name_part(vm, self, "name", &out)) return Value();
  return new_str(out + ">");
}

Value buffered_next(VM& vm, Value self) {
  if (type_has(type_of(self), kTypeHeap)) return iobase_next(vm, self);  // a subclass may override readline
  BufferedObj* b = bo(self);
  if (!buf_check_open(vm, b, "readline of closed file")) return Value();
  std::string out;
  if (!buf_readline_impl(vm, b, -1, &out)) return Value();
  if (out.empty()) return Value::iter_done();
  return bytes_from(vm, out);
}

bool buffered_init(VM& vm, Value self, Args a) {
  BufferedObj* b = bo(self);
  const char* fname = b->kind == kBufReader ? "BufferedReader" : b->kind == kBufWriter ? "BufferedWriter" : "BufferedRandom";
  Value out[2];
  if (!parse_args(vm, a, fname, "raw,|buffer_size", out)) return false;
  int64_t size = kDefaultBufferSize;
  if (out[1] && !int_arg(vm, out[1], &size)) return false;
  Value raw = out[0];
  auto check = [&](const char* meth, const char* msg) {
    Value r = call_m0(vm, raw, meth);
    if (!r) return false;
    int t = truthy(vm, r);
    decref(r);
    if (t < 0) return false;
    if (!t) {
      raise_unsupported(vm, msg);
      return false;
    }
    return true;
  };
  if (b->kind == kBufRandom && !check("seekable", "File or stream is not seekable.")) return false;
  if (b->kind != kBufWriter && !check("readable", "File or stream is not readable.")) return false;
  if (b->kind != kBufReader && !check("writable", "File or stream is not writable.")) return false;
  if (size <= 0) {
    raise(vm, &ValueErrorType, "buffer size must be strictly positive");
    return false;
  }
  Value old = b->raw;
  b->raw = newref(raw);
  decref(old);
  b->buffer_size = size;
  rbuf_reset(b);
  b->wbuf->clear();
  b->ok = 1;
  b->detached = 0;
  return true;
}

Value buffered_tp_new_kind(VM& vm, Type* type, BufKind kind) {
  Object* o = io_alloc(vm, type);
  if (!o) return Value();
  BufferedObj* b = static_cast<BufferedObj*>(o);
  b->kind = kind;
  b->buffer_size = kDefaultBufferSize;
  b->rbuf = new std::string();
  b->wbuf = new std::string();
  return Value(o);
}
Value bufreader_tp_new(VM& vm, Type* type, Args) { return buffered_tp_new_kind(vm, type, kBufReader); }
Value bufwriter_tp_new(VM& vm, Type* type, Args) { return buffered_tp_new_kind(vm, type, kBufWriter); }
Value bufrandom_tp_new(VM& vm, Type* type, Args) { return buffered_tp_new_kind(vm, type, kBufRandom); }

void buffered_dealloc(Object* o) {
  BufferedObj* b = static_cast<BufferedObj*>(o);
  if (b->ok && is_exact_fileio(b->raw) && g_vm) {
    // like CPython's finalizer: close() flushes pending writes
    ErrorGuard guard(*g_vm);
    buffered_close_impl(*g_vm, b);
  }
  decref(b->raw);
  b->raw = Value();
  delete b->rbuf;
  delete b->wbuf;
  b->rbuf = b->wbuf = nullptr;
  iobase_untrack_and_clear(o);
  generic_dealloc(o);
}

void buffered_traverse(Object* o, VisitFn visit, void* arg) {
  iobase_traverse(o, visit, arg);
  BufferedObj* b = static_cast<BufferedObj*>(o);
  if (b->raw.is_obj()) visit(b->raw.obj(), arg);
}

void buffered_clear(Object* o) {
  iobase_clear_dict(o);
  BufferedObj* b = static_cast<BufferedObj*>(o);
  if (b->ok && is_exact_fileio(b->raw) && g_vm) {
    ErrorGuard guard(*g_vm);
    buffered_close_impl(*g_vm, b);
  }
  Value r = b->raw;
  b->raw = Value();
  b->ok = 0;
  decref(r);
}

const MethodDef kBufferedReaderMethods[] = {
    {"read", buffered_read, kMethPlain, nullptr, nullptr},
    {"read1", buffered_read1, kMethPlain, nullptr, nullptr},
    {"peek", buffered_peek, kMethPlain, nullptr, nullptr},
    {"readline", buffered_readline, kMethPlain, nullptr, nullptr},
    {"readinto", buffered_readinto, kMethPlain, nullptr, nullptr},
    {"readinto1", buffered_readinto1, kMethPlain, nullptr, nullptr},
    {"seek", buffered_seek, kMethPlain, nullptr, nullptr},
    {"tell", buffered_tell, kMethPlain, nullptr, nullptr},
    {"truncate", buffered_truncate, kMethPlain, nullptr, nullptr},
    {"flush", buffered_flush, kMethPlain, nullptr, nullptr},
    {"close", buffered_close, kMethPlain, nullptr, nullptr},
    {"detach", buffered_detach, kMethPlain, nullptr, nullptr},
    {"seekable", buffered_seekable, kMethPlain, nullptr, nullptr},
    {"readable", buffered_readable, kMethPlain, nullptr, nullptr},
    {"writable", buffered_writable, kMethPlain, nullptr, nullptr},
    {"fileno", buffered_fileno, kMethPlain, nullptr, nullptr},
    {"isatty", buffered_isatty, kMethPlain, nullptr, nullptr},
    {nullptr, nullptr, 0, nullptr, nullptr}};

const MethodDef kBufferedWriterMethods[] = {
    {"write", buffered_write, kMethPlain, nullptr, nullptr},
    {"seek", buffered_seek, kMethPlain, nullptr, nullptr},
    {"tell", buffered_tell, kMethPlain, nullptr, nullptr},
    {"truncate", buffered_truncate, kMethPlain, nullptr, nullptr},
    {"flush", buffered_flush, kMethPlain, nullptr, nullptr},
    {"close", buffered_close, kMethPlain, nullptr, nullptr},
    {"detach", buffered_detach, kMethPlain, nullptr, nullptr},
    {"seekable", buffered_seekable, kMethPlain, nullptr, nullptr},
    {"readable", buffered_readable, kMethPlain, nullptr, nullptr},
    {"writable", buffered_writable, kMethPlain, nullptr, nullptr},
    {"fileno", buffered_fileno, kMethPlain, nullptr, nullptr},
    {"isatty", buffered_isatty, kMethPlain, nullptr, nullptr},
    {nullptr, nullptr, 0, nullptr, nullptr}};

const MethodDef kBufferedRandomMethods[] = {
    {"read", buffered_read, kMethPlain, nullptr, nullptr},
    {"read1", buffered_read1, kMethPlain, nullptr, nullptr},
    {"peek", buffered_peek, kMethPlain, nullptr, nullptr},
    {"readline", buffered_readline, kMethPlain, nullptr, nullptr},
    {"readinto", buffered_readinto, kMethPlain, nullptr, nullptr},
    {"readinto1", buffered_readinto1, kMethPlain, nullptr, nullptr},
    {"write", buffered_write, kMethPlain, nullptr, nullptr},
    {"seek", buffered_seek, kMethPlain, nullptr, nullptr},
    {"tell", buffered_tell, kMethPlain, nullptr, nullptr},
    {"truncate", buffered_truncate, kMethPlain, nullptr, nullptr},
    {"flush", buffered_flush, kMethPlain, nullptr, nullptr},
    {"close", buffered_close, kMethPlain, nullptr, nullptr},
    {"detach", buffered_detach, kMethPlain, nullptr, nullptr},
    {"seekable", buffered_seekable, kMethPlain, nullptr, nullptr},
    {"readable", buffered_readable, kMethPlain, nullptr, nullptr},
    {"writable", buffered_writable, kMethPlain, nullptr, nullptr},
    {"fileno", buffered_fileno, kMethPlain, nullptr, nullptr},
    {"isatty", buffered_isatty, kMethPlain, nullptr, nullptr},
    {nullptr, nullptr, 0, nullptr, nullptr}};

const GetSetDef kBufferedGetSets[] = {
    {"raw", buffered_get_raw, nullptr, nullptr},
    {"closed", buffered_get_closed, nullptr, nullptr},
    {"name", buffered_get_name, nullptr, nullptr},
    {"mode", buffered_get_mode, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr}};

// ============================================================== 5. BytesIO

BytesIOObj* bio(Value v) { return obj_of<BytesIOObj>(v); }

bool bio_check(VM& vm, BytesIOObj* b) {
  if (b->closed) {
    err_closed(vm);
    return false;
  }
  return true;
}

Value bytesio_tp_new(VM& vm, Type* type, Args) {
  Object* o = io_alloc(vm, type);
  if (!o) return Value();
  static_cast<BytesIOObj*>(o)->buf = new std::string();
  return Value(o);
}

void bytesio_dealloc(Object* o) {
  BytesIOObj* b = static_cast<BytesIOObj*>(o);
  delete b->buf;
  b->buf = nullptr;
  iobase_untrack_and_clear(o);
  generic_dealloc(o);
}

bool bytesio_init(VM& vm, Value self, Args a) {
  Value out[1];
  if (!parse_args(vm, a, "BytesIO", "|initial_bytes", out)) return false;
  BytesIOObj* b = bio(self);
  b->buf->clear();
  b->pos = 0;
  b->closed = 0;
  if (out[0] && !is_none(out[0])) {
    const char* p;
    int64_t n;
    std::string scratch;
    if (!get_buffer(vm, out[0], &p, &n, &scratch)) return false;
    b->buf->assign(p, size_t(n));
  }
  return true;
}

Value bytesio_getvalue(VM& vm, Args a) {
  if (!args_none(vm, a, "BytesIO.getvalue")) return Value();
  BytesIOObj* b = bio(a[0]);
  if (!bio_check(vm, b)) return Value();
  return bytes_from(vm, *b->buf);
}

Value bytesio_getbuffer(VM& vm, Args a) {
  if (!args_none(vm, a, "BytesIO.getbuffer")) return Value();
  BytesIOObj* b = bio(a[0]);
  if (!bio_check(vm, b)) return Value();
  // TODO: a view sharing the BytesIO's storage (this one is a snapshot)
  ByteArray* ba = bytearray_new(vm, b->buf->data(), int64_t(b->buf->size()));
  if (!ba) return Value();
  Value mv = call1(vm, Value(&MemoryViewType), Value(ba));
  decref(ba);
  return mv;
}

int64_t bio_remaining(BytesIOObj* b) {
  int64_t n = int64_t(b->buf->size()) - b->pos;
  return n > 0 ? n : 0;
}

Value bio_take(VM& vm, BytesIOObj* b, int64_t n) {
  int64_t avail = bio_remaining(b);
  if (n < 0 || n > avail) n = avail;
  Value r = bytes_from(vm, b->buf->data() + (n ? b->pos : 0), n);
  b->pos += n;
  return r;
}

Value bytesio_read(VM& vm, Args a) {
  if (!args_range(vm, a, "BytesIO.read", "read", 0, 1)) return Value();
  BytesIOObj* b = bio(a[0]);
  int64_t n;
  if (!opt_size(vm, a.n > 1 ? a[1] : Value(), &n)) return Value();
  if (!bio_check(vm, b)) return Value();
  return bio_take(vm, b, n);
}

Value bytesio_read1(VM& vm, Args a) {
  if (!args_range(vm, a, "BytesIO.read1", "read1", 0, 1)) return Value();
  BytesIOObj* b = bio(a[0]);
  int64_t n;
  if (!opt_size(vm, a.n > 1 ? a[1] : Value(), &n)) return Value();
  if (!bio_check(vm, b)) return Value();
  return bio_take(vm, b, n);
}

int64_t bio_line_length(BytesIOObj* b, int64_t limit) {
  int64_t avail = bio_remaining(b);
  if (limit >= 0 && limit < avail) avail = limit;
  if (avail == 0) return 0;
  const char* start = b->buf->data() + b->pos;
  const void* nl = std::memchr(start, '\n', size_t(avail));
  return nl ? static_cast<const char*>(nl) - start + 1 : avail;
}

Value bytesio_readline(VM& vm, Args a) {
  if (!args_range(vm, a, "BytesIO.readline", "readline", 0, 1)) return Value();
  BytesIOObj* b = bio(a[0]);
  int64_t limit;
  if (!opt_size(vm, a.n > 1 ? a[1] : Value(), &limit)) return Value();
  if (!bio_check(vm, b)) return Value();
  return bio_take(vm, b, bio_line_length(b, limit));
}

Value bytesio_readlines(VM& vm, Args a) {
  if (!args_range(vm, a, "BytesIO.readlines", "readlines", 0, 1)) return Value();
  BytesIOObj* b = bio(a[0]);
  int64_t hint;
  if (!opt_size(vm, a.n > 1 ? a[1] : Value(), &hint)) return Value();
  if (!bio_check(vm, b)) return Value();
  List* l = list_new(0);
  int64_t total = 0;
  for (;;) {
    int64_t n = bio_line_length(b, -1);
    if (n == 0) break;
    Value line = bio_take(vm, b, n);
    if (!line) {
      decref(l);
      return Value();
    }
    list_append(vm, l, line);
    decref(line);
    total += n;
    if (hint > 0 && total >= hint) break;
  }
  return Value(l);
}

Value bytesio_readinto(VM& vm, Args a) {
  if (!args_one(vm, a, "BytesIO.readinto")) return Value();
  BytesIOObj* b = bio(a[0]);
  if (!check_writable_buffer(vm, a[1], "readinto")) return Value();
  if (!bio_check(vm, b)) return Value();
  int64_t n = length(vm, a[1]);
  if (n < 0) return Value();
  int64_t k = std::min(n, bio_remaining(b));
  if (!copy_into(vm, a[1], b->buf->data() + b->pos, k)) return Value();
  b->pos += k;
  return int_from_i64(k);
}

bool bio_write_bytes(VM& vm, BytesIOObj* b, const char* p, int64_t n) {
  if (n == 0) return true;
  int64_t end = b->pos + n;
  if (heap_would_exceed(std::size_t(end > int64_t(b->buf->size()) ? end - int64_t(b->buf->size()) : 0))) {
    raise_memory_error(vm);
    return false;
  }
  if (int64_t(b->buf->size()) < b->pos) b->buf->resize(size_t(b->pos), '\0');
  if (int64_t(b->buf->size()) < end) b->buf->resize(size_t(end));
  std::memcpy(b->buf->data() + b->pos, p, size_t(n));
  b->pos = end;
  return true;
}

Value bytesio_write(VM& vm, Args a) {
  if (!args_one(vm, a, "BytesIO.write")) return Value();
  BytesIOObj* b = bio(a[0]);
  if (!bio_check(vm, b)) return Value();
  const char* p;
  int64_t n;
  std::string scratch;
  if (!get_buffer(vm, a[1], &p, &n, &scratch)) return Value();
  if (!bio_write_bytes(vm, b, p, n)) return Value();
  return int_from_i64(n);
}

Value bytesio_writelines(VM& vm, Args a) {
  if (!args_one(vm, a, "BytesIO.writelines")) return Value();
  BytesIOObj* b = bio(a[0]);
  if (!bio_check(vm, b)) return Value();
  bool ok = for_each_item(vm, a[1], [&](Value item) {
    const char* p;
    int64_t n;
    std::string scratch;
    if (!get_buffer(vm, item, &p, &n, &scratch)) return false;
    return bio_write_bytes(vm, b, p, n);
  });
  if (!ok) return Value();
  return new_none();
}

Value bytesio_seek(VM& vm, Args a) {
  if (!args_range(vm, a, "BytesIO.seek", "seek", 1, 2)) return Value();
  BytesIOObj* b = bio(a[0]);
  int64_t pos, whence = 0;
  if (!int_arg(vm, a[1], &pos)) return Value();
  if (a.n > 2 && !int_arg(vm, a[2], &whence)) return Value();
  if (!bio_check(vm, b)) return Value();
  if (pos < 0 && whence == 0) return raisef(vm, &ValueErrorType, "negative seek value %lld", (long long)pos);
  if (whence == 1) pos += b->pos;
  else if (whence == 2) pos += int64_t(b->buf->size());
  else if (whence != 0)
    return raisef(vm, &ValueErrorType, "invalid whence (%lld, should be 0, 1 or 2)", (long long)whence);
  if (pos < 0) pos = 0;
  b->pos = pos;
  return int_from_i64(pos);
}

Value bytesio_tell(VM& vm, Args a) {
  if (!args_none(vm, a, "BytesIO.tell")) return Value();
  BytesIOObj* b = bio(a[0]);
  if (!bio_check(vm, b)) return Value();
  return int_from_i64(b->pos);
}

Value bytesio_truncate(VM& vm, Args a) {
  if (!args_range(vm, a, "BytesIO.truncate", "truncate", 0, 1)) return Value();
  BytesIOObj* b = bio(a[0]);
  if (!bio_check(vm, b)) return Value();
  int64_t size;
  if (!opt_size(vm, a.n > 1 ? a[1] : Value(), &size, b->pos)) return Value();
  if (size < 0) return raisef(vm, &ValueErrorType, "negative size value %lld", (long long)size);
  if (size < int64_t(b->buf->size())) b->buf->resize(size_t(size));
  return int_from_i64(size);
}

Value bytesio_close(VM& vm, Args a) {
  if (!args_none(vm, a, "BytesIO.close")) return Value();
  BytesIOObj* b = bio(a[0]);
  b->closed = 1;
  b->buf->clear();
  b->buf->shrink_to_fit();
  return new_none();
}

Value bytesio_true(VM& vm, Args a) {
  if (!no_kw(vm, a, "BytesIO")) return Value();
  if (!bio_check(vm, bio(a[0]))) return Value();
  return new_bool(true);
}

Value bytesio_flush(VM& vm, Args a) {
  if (!args_none(vm, a, "BytesIO.flush")) return Value();
  if (!bio_check(vm, bio(a[0]))) return Value();
  return new_none();
}

Value bytesio_isatty(VM& vm, Args a) {
  if (!args_none(vm, a, "BytesIO.isatty")) return Value();
  if (!bio_check(vm, bio(a[0]))) return Value();
  return new_bool(false);
}

Value bytesio_get_closed(VM&, Value self) { return new_bool(bio(self)->closed); }

Value bytesio_next(VM& vm, Value self) {
  if (type_has(type_of(self), kTypeHeap)) return iobase_next(vm, self);
  BytesIOObj* b = bio(self);
  if (!bio_check(vm, b)) return Value();
  int64_t n = bio_line_length(b, -1);
  if (n == 0) return Value::iter_done();
  return bio_take(vm, b, n);
}

Value bytesio_iter(VM& vm, Value self) {
  if (!bio_check(vm, bio(self))) return Value();
  return newref(self);
}

const MethodDef kBytesIOMethods[] = {
    {"getvalue", bytesio_getvalue, kMethPlain, nullptr, nullptr},
    {"getbuffer", bytesio_getbuffer, kMethPlain, nullptr, nullptr},
    {"read", bytesio_read, kMethPlain, nullptr, nullptr},
    {"read1", bytesio_read1, kMethPlain, nullptr, nullptr},
    {"readline", bytesio_readline, kMethPlain, nullptr, nullptr},
    {"readlines", bytesio_readlines, kMethPlain, nullptr, nullptr},
    {"readinto", bytesio_readinto, kMethPlain, nullptr, nullptr},
    {"write", bytesio_write, kMethPlain, nullptr, nullptr},
    {"writelines", bytesio_writelines, kMethPlain, nullptr, nullptr},
    {"seek", bytesio_seek, kMethPlain, nullptr, nullptr},
    {"tell", bytesio_tell, kMethPlain, nullptr, nullptr},
    {"truncate", bytesio_truncate, kMethPlain, nullptr, nullptr},
    {"close", bytesio_close, kMethPlain, nullptr, nullptr},
    {"readable", bytesio_true, kMethPlain, nullptr, nullptr},
    {"writable", bytesio_true, kMethPlain, nullptr, nullptr},
    {"seekable", bytesio_true, kMethPlain, nullptr, nullptr},
    {"flush", bytesio_flush, kMethPlain, nullptr, nullptr},
    {"isatty", bytesio_isatty, kMethPlain, nullptr, nullptr},
    {nullptr, nullptr, 0, nullptr, nullptr}};

const GetSetDef kBytesIOGetSets[] = {
    {"closed", bytesio_get_closed, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr}};

// ============================================================== 6. StringIO

StringIOObj* sio(Value v) { return obj_of<StringIOObj>(v); }

bool sio_check(VM& vm, StringIOObj* s) {
  if (!s->ok) {
    raise(vm, &ValueErrorType, "I/O operation on uninitialized object");
    return false;
  }
  if (s->closed) {
    err_closed_np(vm);
    return false;
  }
  return true;
}

void cps_of(Str* s, std::vector<uint32_t>* out) {
  out->clear();
  out->reserve(s->length);
  const char* p = s->data;
  const char* end = p + s->size;
  while (p < end) {
    int len;
    uint32_t cp = utf8_decode(p, &len);
    out->push_back(cp);
    p += len;
  }
}

Value str_of_cps(const uint32_t* cps, int64_t n) {
  std::string utf8;
  utf8.reserve(size_t(n));
  for (int64_t i = 0; i < n; ++i) {
    if (cps[i] < 0x80) utf8.push_back(char(cps[i]));
    else utf8_append(utf8, cps[i]);
  }
  return Value(str_new(utf8));
}

Value stringio_tp_new(VM& vm, Type* type, Args) {
  Object* o = io_alloc(vm, type);
  if (!o) return Value();
  StringIOObj* s = static_cast<StringIOObj*>(o);
  s->buf = new std::vector<uint32_t>();
  std::strcpy(s->readnl, "\n");
  return Value(o);
}

void stringio_dealloc(Object* o) {
  StringIOObj* s = static_cast<StringIOObj*>(o);
  delete s->buf;
  s->buf = nullptr;
  iobase_untrack_and_clear(o);
  generic_dealloc(o);
}

// Writes text at the current position with StringIO's newline rules; returns false on error.
bool sio_write_text(VM& vm, StringIOObj* s, Str* text) {
  std::vector<uint32_t> cps;
  cps_of(text, &cps);
  if (s->readuniversal) {
    std::vector<uint32_t> t;
    t.reserve(cps.size());
    for (size_t i = 0; i < cps.size(); ++i) {
      uint32_t c = cps[i];
      if (c == '\r') {
        bool crlf = i + 1 < cps.size() && cps[i + 1] == '\n';
        s->seennl |= crlf ? 4 : 2;
        if (s->readtranslate) {
          t.push_back('\n');
          if (crlf) ++i;
          continue;
        }
        t.push_back('\r');
        if (crlf) {
          t.push_back('\n');
          ++i;
        }
        continue;
      }
      if (c == '\n') s->seennl |= 1;
      t.push_back(c);
    }
    cps.swap(t);
  }
  if (s->writenl[0]) {
    std::vector<uint32_t> t;
    t.reserve(cps.size());
    for (uint32_t c : cps) {
      if (c == '\n') {
        for (const char* w = s->writenl; *w; ++w) t.push_back(uint32_t(*w));
      } else {
        t.push_back(c);
      }
    }
    cps.swap(t);
  }
  if (cps.empty()) return true;
  int64_t end = s->pos + int64_t(cps.size());
  if (heap_would_exceed(std::size_t(end) * 4 > s->buf->size() * 4 ? (std::size_t(end) - s->buf->size()) * 4 : 0)) {
    raise_memory_error(vm);
    return false;
  }
  if (int64_t(s->buf->size()) < s->pos) s->buf->resize(size_t(s->pos), 0);
  if (int64_t(s->buf->size()) < end) s->buf->resize(size_t(end));
  std::memcpy(s->buf->data() + s->pos, cps.data(), cps.size() * sizeof(uint32_t));
  s->pos = end;
  return true;
}

bool stringio_init(VM& vm, Value self, Args a) {
  Value out[2];
  if (!parse_args(vm, a, "StringIO", "|initial_value,newline", out)) return false;
  StringIOObj* s = sio(self);
  Value nl = out[1];
  const char* newline = "\n";
  if (nl) {
    if (is_none(nl)) {
      newline = nullptr;
    } else if (!is_str(nl)) {
      raisef(vm, &TypeErrorType, "newline must be str or None, not %s", tname(nl));
      return false;
    } else {
      std::string_view v = as_str(nl)->view();
      if (v != "" && v != "\n" && v != "\r" && v != "\r\n") {
        std::string r;
        if (repr_text(vm, nl, &r)) raisef(vm, &ValueErrorType, "illegal newline value: %s", r.c_str());
        return false;
      }
      newline = v.empty() ? "" : v == "\n" ? "\n" : v == "\r" ? "\r" : "\r\n";
    }
  }
  Value init = out[0];
  if (init && !is_none(init) && !is_str(init)) {
    raisef(vm, &TypeErrorType, "initial_value must be str or None, not %s", tname(init));
    return false;
  }
  s->readuniversal = newline == nullptr || newline[0] == '\0';
  s->readtranslate = newline == nullptr;
  std::strcpy(s->readnl, newline && newline[0] ? newline : "\n");
  std::strcpy(s->writenl, newline && newline[0] == '\r' ? newline : "");
  s->seennl = 0;
  s->buf->clear();
  s->pos = 0;
  s->closed = 0;
  s->ok = 1;
  if (init && !is_none(init) && as_str(init)->length) {
    if (!sio_write_text(vm, s, as_str(init))) return false;
    s->pos = 0;
  }
  return true;
}

Value stringio_getvalue(VM& vm, Args a) {
  if (!args_none(vm, a, "StringIO.getvalue")) return Value();
  StringIOObj* s = sio(a[0]);
  if (!sio_check(vm, s)) return Value();
  return str_of_cps(s->buf->data(), int64_t(s->buf->size()));
}

int64_t sio_remaining(StringIOObj* s) {
  int64_t n = int64_t(s->buf->size()) - s->pos;
  return n > 0 ? n : 0;
}

Value sio_take(StringIOObj* s, int64_t n) {
  int64_t avail = sio_remaining(s);
  if (n < 0 || n > avail) n = avail;
  Value r = str_of_cps(s->buf->data() + (n ? s->pos : 0), n);
  s->pos += n;
  return r;
}

Value stringio_read(VM& vm, Args a) {
  if (!args_range(vm, a, "StringIO.read", "read", 0, 1)) return Value();
  StringIOObj* s = sio(a[0]);
  int64_t n;
  if (!opt_size(vm, a.n > 1 ? a[1] : Value(), &n)) return Value();
  if (!sio_check(vm, s)) return Value();
  return sio_take(s, n);
}

// Length of the next line (in code points, at most limit when limit >= 0).
int64_t sio_line_length(StringIOObj* s, int64_t limit) {
  int64_t avail = sio_remaining(s);
  if (limit >= 0 && limit < avail) avail = limit;
  const uint32_t* p = s->buf->data() + s->pos;
  for (int64_t i = 0; i < avail; ++i) {
    uint32_t c = p[i];
    if (s->readuniversal && !s->readtranslate) {
      if (c == '\n') return i + 1;
      if (c == '\r') return (i + 1 < avail && p[i + 1] == '\n') ? i + 2 : i + 1;
    } else if (s->readtranslate || s->readnl[1] == '\0') {
      if (c == uint32_t(s->readtranslate ? '\n' : s->readnl[0])) return i + 1;
    } else if (c == '\r' && i + 1 < avail && p[i + 1] == '\n') {
      return i + 2;
    }
  }
  return avail;
}

Value stringio_readline(VM& vm, Args a) {
  if (!args_range(vm, a, "StringIO.readline", "readline", 0, 1)) return Value();
  StringIOObj* s = sio(a[0]);
  int64_t limit;
  if (!opt_size(vm, a.n > 1 ? a[1] : Value(), &limit)) return Value();
  if (!sio_check(vm, s)) return Value();
  return sio_take(s, sio_line_length(s, limit));
}

Value stringio_write(VM& vm, Args a) {
  if (!args_one(vm, a, "StringIO.write")) return Value();
  StringIOObj* s = sio(a[0]);
  if (!sio_check(vm, s)) return Value();
  if (!is_str(a[1])) return raisef(vm, &TypeErrorType, "string argument expected, got '%s'", tname(a[1]));
  Str* text = as_str(a[1]);
  if (!sio_write_text(vm, s, text)) return Value();
  return int_from_i64(int64_t(text->length));
}

Value stringio_seek(VM& vm, Args a) {
  if (!args_range(vm, a, "StringIO.seek", "seek", 1, 2)) return Value();
  StringIOObj* s = sio(a[0]);
  int64_t pos, whence = 0;
  if (!int_arg(vm, a[1], &pos)) return Value();
  if (a.n > 2 && !int_arg(vm, a[2], &whence)) return Value();
  if (!sio_check(vm, s)) return Value();
  if (whence != 0 && whence != 1 && whence != 2)
    return raisef(vm, &ValueErrorType, "Invalid whence (%lld, should be 0, 1 or 2)", (long long)whence);
  if (pos < 0 && whence == 0) return raisef(vm, &ValueErrorType, "Negative seek position %lld", (long long)pos);
  if (whence != 0 && pos != 0) return raise(vm, &OSErrorType, "Can't do nonzero cur-relative seeks");
  if (whence == 1) pos = s->pos;
  else if (whence == 2) pos = int64_t(s->buf->size());
  s->pos = pos;
  return int_from_i64(pos);
}

Value stringio_tell(VM& vm, Args a) {
  if (!args_none(vm, a, "StringIO.tell")) return Value();
  StringIOObj* s = sio(a[0]);
  if (!sio_check(vm, s)) return Value();
  return int_from_i64(s->pos);
}

Value stringio_truncate(VM& vm, Args a) {
  if (!args_range(vm, a, "StringIO.truncate", "truncate", 0, 1)) return Value();
  StringIOObj* s = sio(a[0]);
  if (!sio_check(vm, s)) return Value();
  int64_t size;
  if (!opt_size(vm, a.n > 1 ? a[1] : Value(), &size, s->pos)) return Value();
  if (size < 0) return raisef(vm, &ValueErrorType, "Negative size value %lld", (long long)size);
  if (size < int64_t(s->buf->size())) s->buf->resize(size_t(size));
  return int_from_i64(size);
}

Value stringio_close(VM& vm, Args a) {
  if (!args_none(vm, a, "StringIO.close")) return Value();
  StringIOObj* s = sio(a[0]);
  s->closed = 1;
  s->buf->clear();
  s->buf->shrink_to_fit();
  return new_none();
}

Value stringio_true(VM& vm, Args a) {
  if (!no_kw(vm, a, "StringIO")) return Value();
  if (!sio_check(vm, sio(a[0]))) return Value();
  return new_bool(true);
}

Value stringio_get_closed(VM& vm, Value self) {
  StringIOObj* s = sio(self);
  if (!s->ok) return raise(vm, &ValueErrorType, "I/O operation on uninitialized object");
  return new_bool(s->closed);
}

Value stringio_get_line_buffering(VM& vm, Value self) {
  if (!sio_check(vm, sio(self))) return Value();
  return new_bool(false);
}

Value seennl_value(uint8_t seen) {
  switch (seen) {
    case 1: return Value(str_from_cstr("\n"));
    case 2: return Value(str_from_cstr("\r"));
    case 4: return Value(str_from_cstr("\r\n"));
    case 3: return Value(tuple_of({Value(intern("\r")), Value(intern("\n"))}));
    case 5: return Value(tuple_of({Value(intern("\n")), Value(intern("\r\n"))}));
    case 6: return Value(tuple_of({Value(intern("\r")), Value(intern("\r\n"))}));
    case 7: return Value(tuple_of({Value(intern("\r")), Value(intern("\n")), Value(intern("\r\n"))}));
    default: return new_none();
  }
}

Value stringio_get_newlines(VM& vm, Value self) {
  StringIOObj* s = sio(self);
  if (!sio_check(vm, s)) return Value();
  if (!s->readuniversal) return new_none();
  return seennl_value(s->seennl);
}

Value stringio_next(VM& vm, Value self) {
  StringIOObj* s = sio(self);
  if (!sio_check(vm, s)) return Value();
  if (type_has(type_of(self), kTypeHeap)) {
    Value line = call_m0(vm, self, "readline");
    if (!line) return Value();
    if (!is_str(line)) {
      raisef(vm, &OSErrorType, "readline() should have returned a str object, not '%s'", tname(line));
      decref(line);
      return Value();
    }
    if (as_str(line)->size == 0) {
      decref(line);
      return Value::iter_done();
    }
    return line;
  }
  int64_t n = sio_line_length(s, -1);
  if (n == 0) return Value::iter_done();
  return sio_take(s, n);
}

const MethodDef kStringIOMethods[] = {
    {"getvalue", stringio_getvalue, kMethPlain, nullptr, nullptr},
    {"read", stringio_read, kMethPlain, nullptr, nullptr},
    {"readline", stringio_readline, kMethPlain, nullptr, nullptr},
    {"write", stringio_write, kMethPlain, nullptr, nullptr},
    {"seek", stringio_seek, kMethPlain, nullptr, nullptr},
    {"tell", stringio_tell, kMethPlain, nullptr, nullptr},
    {"truncate", stringio_truncate, kMethPlain, nullptr, nullptr},
    {"close", stringio_close, kMethPlain, nullptr, nullptr},
    {"readable", stringio_true, kMethPlain, nullptr, nullptr},
    {"writable", stringio_true, kMethPlain, nullptr, nullptr},
    {"seekable", stringio_true, kMethPlain, nullptr, nullptr},
    {nullptr, nullptr, 0, nullptr, nullptr}};

const GetSetDef kStringIOGetSets[] = {
    {"closed", stringio_get_closed, nullptr, nullptr},
    {"line_buffering", stringio_get_line_buffering, nullptr, nullptr},
    {"newlines", stringio_get_newlines, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr}};

// ============================================================== 7. TextIOWrapper

TextIOObj* tio(Value v) { return obj_of<TextIOObj>(v); }

TextCodec text_codec_of(const std::string& canon) {
  if (canon == "utf-8-sig") return TextCodec::Utf8Sig;
  if (canon == "latin-1") return TextCodec::Latin1;
  if (canon == "ascii") return TextCodec::Ascii;
  if (canon == "cp1252") return TextCodec::Cp1252;
  if (canon == "utf-16") return TextCodec::Utf16;
  if (canon == "utf-16-le") return TextCodec::Utf16LE;
  if (canon == "utf-16-be") return TextCodec::Utf16BE;
  if (canon == "utf-32") return TextCodec::Utf32;
  if (canon == "utf-32-le") return TextCodec::Utf32LE;
  if (canon == "utf-32-be") return TextCodec::Utf32BE;
  return TextCodec::Utf8;
}

const char* codec_name(TextCodec c) {
  switch (c) {
    case TextCodec::Utf8:
    case TextCodec::Utf8Sig: return "utf-8";
    case TextCodec::Latin1: return "latin-1";
    case TextCodec::Ascii: return "ascii";
    case TextCodec::Cp1252: return "cp1252";
    case TextCodec::Utf16:
    case TextCodec::Utf16LE: return "utf-16-le";
    case TextCodec::Utf16BE: return "utf-16-be";
    case TextCodec::Utf32:
    case TextCodec::Utf32LE: return "utf-32-le";
    case TextCodec::Utf32BE: return "utf-32-be";
  }
  return "utf-8";
}

bool is_utf16(TextCodec c) { return c == TextCodec::Utf16 || c == TextCodec::Utf16LE || c == TextCodec::Utf16BE; }
bool is_utf32(TextCodec c) { return c == TextCodec::Utf32 || c == TextCodec::Utf32LE || c == TextCodec::Utf32BE; }
bool ascii_compatible(TextCodec c) { return !is_utf16(c) && !is_utf32(c); }

bool t_check_init(VM& vm, TextIOObj* t) {
  if (!t->ok) {
    if (t->detached) raise(vm, &ValueErrorType, "underlying buffer has been detached");
    else raise(vm, &ValueErrorType, "I/O operation on uninitialized object");
    return false;
  }
  return true;
}

// buffer.closed for any buffer (natives without a method call): 1, 0, -1.
int t_buffer_closed(VM& vm, Value buffer) {
  if (!buffer) {
    err_detached(vm);
    return -1;
  }
  Type* bt = type_of(buffer);
  if (bt == &BufferedReaderType || bt == &BufferedWriterType || bt == &BufferedRandomType) {
    BufferedObj* b = bo(buffer);
    if (b->ok) return raw_closed(vm, b->raw);
  } else if (bt == &BytesIOType) {
    return bio(buffer)->closed;
  }
  return is_closed(vm, buffer);
}

bool t_check_closed(VM& vm, TextIOObj* t) {
  if (!t_check_init(vm, t)) return false;
  int c = t_buffer_closed(vm, t->buffer);
  if (c < 0) return false;
  if (c) {
    err_closed(vm);
    return false;
  }
  return true;
}

// Passes the pending encoded bytes to buffer.write().
bool t_writeflush(VM& vm, TextIOObj* t) {
  if (!t_check_init(vm, t)) return false;  // Python code may have detached us
  if (t->pending->empty()) return true;
  std::string data;
  data.swap(*t->pending);
  Value b = bytes_from(vm, data);
  if (!b) return false;
  Value r = call_m1(vm, t->buffer, "write", b);
  decref(b);
  if (!r) return false;
  decref(r);
  return true;
}

bool t_flush_all(VM& vm, TextIOObj* t) {
  if (!t_check_init(vm, t)) return false;  // Python code may have detached us
  if (!t_writeflush(vm, t)) return false;
  Value r = call_m0(vm, t->buffer, "flush");
  if (!r) return false;
  decref(r);
  return true;
}

void t_reset_read_state(TextIOObj* t) {
  t->dec->clear();
  t->dec_pos = 0;
  t->undecoded->clear();
  t->have_state = 0;
  t->cr_pending_count = 0;
}

// Encodes text for the file (BOMs once per stream for utf-16/32 and utf-8-sig) into pending.
bool t_encode_append(VM& vm, TextIOObj* t, Str* text) {
  std::string_view v = text->view();
  std::string_view errors = t->errors->view();
  if (ascii_compatible(t->codec)) {
    if (t->codec == TextCodec::Utf8Sig && !t->enc_started) t->pending->append("\xEF\xBB\xBF");
    t->enc_started = 1;
    if (text->ascii || ((t->codec == TextCodec::Utf8 || t->codec == TextCodec::Utf8Sig) && utf8_valid(v))) {
      t->pending->append(v.data(), v.size());
      return true;
    }
  }
  const char* enc = codec_name(t->codec);
  if ((t->codec == TextCodec::Utf16 || t->codec == TextCodec::Utf32) && !t->enc_started)
    enc = t->codec == TextCodec::Utf16 ? "utf-16" : "utf-32";
  t->enc_started = 1;
  Value b = codec_encode(vm, text, enc, errors);
  if (!b) return false;
  t->pending->append(as_bytes(b)->data, size_t(as_bytes(b)->size));
  decref(b);
  return true;
}

// Raw byte length of a slice of decoded (UTF-8) text in the file's encoding.
int64_t t_raw_len(TextIOObj* t, const char* p, size_t n) {
  TextCodec c = t->dec_codec;
  if (c == TextCodec::Utf8 || c == TextCodec::Utf8Sig) return int64_t(n);
  int64_t cps = 0, astral = 0;
  for (size_t i = 0; i < n; ++i) {
    unsigned char ch = static_cast<unsigned char>(p[i]);
    if ((ch & 0xC0) != 0x80) ++cps;
    if (ch >= 0xF0) ++astral;
  }
  if (is_utf16(c)) return 2 * cps + 2 * astral;
  if (is_utf32(c)) return 4 * cps;
  return cps;
}

void t_consume(TextIOObj* t, size_t nbytes) {
  if (!nbytes) return;
  t->cookie_pos += t_raw_len(t, t->dec->data() + t->dec_pos, nbytes);
  t->dec_pos += int64_t(nbytes);
}

// Records the newline kinds of freshly decoded text (universal newline modes).
void t_scan_newlines(TextIOObj* t, std::string_view s, bool final) {
  if (!t->readuniversal) return;
  size_t i = 0;
  if (t->cr_pending_count) {
    t->cr_pending_count = 0;
    if (!s.empty() && s[0] == '\n') {
      t->seennl |= 4;
      i = 1;
    } else if (!s.empty() || final) {
      t->seennl |= 2;
    } else {
      t->cr_pending_count = 1;
      return;
    }
  }
  for (; i < s.size(); ++i) {
    char c = s[i];
    if (c == '\n') {
      t->seennl |= 1;
    } else if (c == '\r') {
      if (i + 1 < s.size()) {
        if (s[i + 1] == '\n') {
          t->seennl |= 4;
          ++i;
        } else {
          t->seennl |= 2;
        }
      } else if (final) {
        t->seennl |= 2;
      } else {
        t->cr_pending_count = 1;
      }
    }
  }
}

// Bytes at the end of data that start an incomplete character (kept for the next chunk).
size_t t_incomplete_tail(TextIOObj* t, const std::string& data) {
  size_t n = data.size();
  TextCodec c = t->dec_codec;
  if (c == TextCodec::Utf8 || c == TextCodec::Utf8Sig) {
    for (size_t k = 1; k <= 3 && k <= n; ++k) {
      unsigned char ch = static_cast<unsigned char>(data[n - k]);
      if ((ch & 0xC0) == 0x80) continue;
      size_t need = ch >= 0xF0 && ch <= 0xF4 ? 4 : ch >= 0xE0 && ch < 0xF0 ? 3 : ch >= 0xC2 && ch < 0xE0 ? 2 : 1;
      return need > k ? k : 0;
    }
    return 0;
  }
  if (is_utf16(c)) {
    size_t hold = n % 2;
    if (n - hold >= 2) {
      const unsigned char* u = reinterpret_cast<const unsigned char*>(data.data() + n - hold - 2);
      uint32_t unit = c == TextCodec::Utf16BE ? (uint32_t(u[0]) << 8 | u[1]) : (uint32_t(u[1]) << 8 | u[0]);
      if (unit >= 0xD800 && unit <= 0xDBFF) hold += 2;
    }
    return hold;
  }
  if (is_utf32(c)) return n % 4;
  return 0;
}

bool t_decode_append(VM& vm, TextIOObj* t, const char* p, size_t n, bool final) {
  if (n == 0) {
    if (final) t_scan_newlines(t, std::string_view(), true);
    return true;
  }
  if ((t->dec_codec == TextCodec::Utf8 || t->dec_codec == TextCodec::Utf8Sig) && utf8_valid(std::string_view(p, n))) {
    size_t old = t->dec->size();
    t->dec->append(p, n);
    t_scan_newlines(t, std::string_view(t->dec->data() + old, n), final);
    return true;
  }
  Value s = codec_decode(vm, p, int64_t(n), codec_name(t->dec_codec), t->errors->view());
  if (!s) return false;
  std::string_view v = as_str(s)->view();
  t->dec->append(v.data(), v.size());
  t_scan_newlines(t, v, final);
  decref(s);
  return true;
}

// Starts tracking a read position (first read after open, a seek or a write).
bool t_start_state(VM& vm, TextIOObj* t) {
  if (!t_check_init(vm, t)) return false;  // Python code may have detached us
  if (t->have_state) return true;
  t->dec->clear();
  t->dec_pos = 0;
  t->undecoded->clear();
  t->cookie_pos = 0;
  if (t->seekable) {
    Value r = call_m0(vm, t->buffer, "tell");
    if (!r) return false;
    bool ok = int_arg(vm, r, &t->cookie_pos);
    decref(r);
    if (!ok) return false;
  }
  t->dec_at_start = t->cookie_pos == 0;
  t->have_state = 1;
  return true;
}

// Reads a chunk (size < 0: everything) and decodes it: 1 data added, 0 end of file, -1 error.
int t_read_chunk(VM& vm, TextIOObj* t, int64_t size) {
  if (!t_check_init(vm, t)) return -1;  // Python code may have detached us
  if (!t_start_state(vm, t)) return -1;
  if (t->eof) return 0;
  if (t->dec_pos > 0) {
    t->dec->erase(0, size_t(t->dec_pos));
    t->dec_pos = 0;
  }
  Value chunk;
  if (size < 0) {
    chunk = call_m0(vm, t->buffer, "read");
  } else {
    Value m = get_attr_opt(vm, t->buffer, intern("read1"));
    if (!m && has_error(vm)) return -1;
    chunk = m ? call1(vm, m, int_from_i64(size)) : call_m1(vm, t->buffer, "read", int_from_i64(size));
    decref(m);
  }
  if (!chunk) return -1;
  if (is_none(chunk)) {
    decref(chunk);
    return 0;
  }
  const char* p;
  int64_t n;
  std::string scratch;
  if (!has_buffer(chunk)) {
    raisef(vm, &TypeErrorType, "underlying %s() should have returned a bytes-like object, not '%s'",
           size < 0 ? "read" : "read1", tname(chunk));
    decref(chunk);
    return -1;
  }
  if (!get_buffer(vm, chunk, &p, &n, &scratch)) {
    decref(chunk);
    return -1;
  }
  std::string data;
  data.swap(*t->undecoded);
  data.append(p, size_t(n));
  decref(chunk);
  bool final = n == 0 || size < 0;
  if (final) t->eof = 1;
  // byte order marks at the start of the stream
  bool bom_codec = t->codec == TextCodec::Utf8Sig || t->codec == TextCodec::Utf16 || t->codec == TextCodec::Utf32;
  if (t->dec_at_start && !bom_codec) t->dec_at_start = 0;
  if (t->dec_at_start && (data.size() >= 4 || final)) {
    t->dec_at_start = 0;
    const unsigned char* u = reinterpret_cast<const unsigned char*>(data.data());
    size_t bom = 0;
    if (t->codec == TextCodec::Utf8Sig) {
      if (data.size() >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF) bom = 3;
    } else if (t->codec == TextCodec::Utf16) {
      if (data.size() >= 2 && u[0] == 0xFF && u[1] == 0xFE) {
        bom = 2;
        t->dec_codec = TextCodec::Utf16LE;
      } else if (data.size() >= 2 && u[0] == 0xFE && u[1] == 0xFF) {
        bom = 2;
        t->dec_codec = TextCodec::Utf16BE;
      }
    } else if (t->codec == TextCodec::Utf32) {
      if (data.size() >= 4 && u[0] == 0xFF && u[1] == 0xFE && u[2] == 0 && u[3] == 0) {
        bom = 4;
        t->dec_codec = TextCodec::Utf32LE;
      } else if (data.size() >= 4 && u[0] == 0 && u[1] == 0 && u[2] == 0xFE && u[3] == 0xFF) {
        bom = 4;
        t->dec_codec = TextCodec::Utf32BE;
      }
    }
    if (bom) {
      data.erase(0, bom);
      t->cookie_pos += int64_t(bom);
    }
  } else if (t->dec_at_start) {
    t->undecoded->swap(data);  // wait for enough bytes to recognise a BOM
    return 1;
  }
  size_t hold = final ? 0 : t_incomplete_tail(t, data);
  if (!t_decode_append(vm, t, data.data(), data.size() - hold, final)) return -1;
  if (hold) t->undecoded->assign(data, data.size() - hold, hold);
  return final && data.empty() ? 0 : 1;
}

// Newline translation of decoded text (read() of everything).
void t_translate(TextIOObj* t, std::string* s) {
  if (!t->readtranslate || s->find('\r') == std::string::npos) return;
  std::string out;
  out.reserve(s->size());
  for (size_t i = 0; i < s->size(); ++i) {
    char c = (*s)[i];
    if (c == '\r') {
      out.push_back('\n');
      if (i + 1 < s->size() && (*s)[i + 1] == '\n') ++i;
    } else {
      out.push_back(c);
    }
  }
  s->swap(out);
}

// Reads up to `limit` characters (limit < 0: no limit), stopping after a line end when `line`.
Value t_read_chars(VM& vm, TextIOObj* t, int64_t limit, bool line) {
  std::string out;
  int64_t nchars = 0;
  uint8_t kind = t->newline_kind;
  for (;;) {
    const std::string& d = *t->dec;
    size_t i = size_t(t->dec_pos), end = d.size();
    bool done = false;
    while (i < end) {
      if (limit >= 0 && nchars >= limit) {
        done = true;
        break;
      }
      if (limit < 0) {
        // a run of ordinary characters at once
        size_t j = i;
        while (j < end && d[j] != '\n' && d[j] != '\r') ++j;
        if (j > i) {
          out.append(d, i, j - i);
          i = j;
          continue;
        }
      }
      unsigned char c = static_cast<unsigned char>(d[i]);
      if (c == '\r') {
        bool universal = t->readuniversal;
        if ((universal || kind == 4) && i + 1 >= end && !t->eof) break;  // need to see the next character
        bool crlf = i + 1 < end && d[i + 1] == '\n';
        if (t->readtranslate) {
          out.push_back('\n');
          i += crlf ? 2 : 1;
          ++nchars;
          if (line) done = true;
        } else if (universal || (kind == 4 && crlf)) {
          out.push_back('\r');
          ++i;
          ++nchars;
          if (crlf) {
            if (limit >= 0 && nchars >= limit) {
              done = true;
              break;
            }
            out.push_back('\n');
            ++i;
            ++nchars;
          }
          if (line) done = true;
        } else {
          out.push_back('\r');
          ++i;
          ++nchars;
          if (line && kind == 3) done = true;
        }
        if (done) break;
        continue;
      }
      if (c == '\n') {
        out.push_back('\n');
        ++i;
        ++nchars;
        if (line && (t->readuniversal || kind == 2)) {
          done = true;
          break;
        }
        continue;
      }
      size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
      if (i + len > end) len = end - i;
      out.append(d, i, len);
      i += len;
      ++nchars;
    }
    t_consume(t, i - size_t(t->dec_pos));
    if (done) break;
    int r = t_read_chunk(vm, t, t->chunk_size);
    if (r < 0) return Value();
    if (r == 0 && t->dec_pos >= int64_t(t->dec->size())) break;
  }
  return new_str(out);
}

bool t_check_readable(VM& vm, TextIOObj* t) {
  if (!t->readable) {
    raise_unsupported(vm, "not readable");
    return false;
  }
  return true;
}

Value t_read_all(VM& vm, TextIOObj* t) {
  if (!t_start_state(vm, t)) return Value();
  for (;;) {
    int r = t_read_chunk(vm, t, -1);
    if (r < 0) return Value();
    if (r == 0 || t->eof) break;
  }
  std::string out(*t->dec, size_t(t->dec_pos));
  t_translate(t, &out);
  t_consume(t, t->dec->size() - size_t(t->dec_pos));
  t_reset_read_state(t);
  return new_str(out);
}

Value textio_read(VM& vm, Args a) {
  if (!args_range(vm, a, "TextIOWrapper.read", "read", 0, 1)) return Value();
  TextIOObj* t = tio(a[0]);
  int64_t n;
  if (!opt_size(vm, a.n > 1 ? a[1] : Value(), &n)) return Value();
  if (!t_check_closed(vm, t) || !t_check_readable(vm, t)) return Value();
  t->eof = 0;
  if (n < 0) {
    // as CPython: only read() of everything writes pending text out first
    if (!t_writeflush(vm, t)) return Value();
    return t_read_all(vm, t);
  }
  return t_read_chars(vm, t, n, false);
}

Value textio_readline_impl(VM& vm, TextIOObj* t, int64_t limit) {
  if (!t_check_closed(vm, t) || !t_check_readable(vm, t)) return Value();
  t->eof = 0;
  return t_read_chars(vm, t, limit, true);
}

Value textio_readline(VM& vm, Args a) {
  if (!args_range(vm, a, "TextIOWrapper.readline", "readline", 0, 1)) return Value();
  int64_t limit = -1;
  if (a.n > 1 && !int_arg(vm, a[1], &limit)) return Value();
  return textio_readline_impl(vm, tio(a[0]), limit);
}

Value textio_next(VM& vm, Value self) {
  TextIOObj* t = tio(self);
  t->telling = 0;
  Value line;
  if (type_has(type_of(self), kTypeHeap)) {
    line = call_m0(vm, self, "readline");
    if (line && !is_str(line)) {
      raisef(vm, &OSErrorType, "readline() should have returned a str object, not '%s'", tname(line));
      decref(line);
      return Value();
    }
  } else {
    line = textio_readline_impl(vm, t, -1);
  }
  if (!line) return Value();
  if (as_str(line)->size == 0) {
    decref(line);
    t->telling = t->seekable;
    return Value::iter_done();
  }
  return line;
}

Value textio_write(VM& vm, Args a) {
  if (!args_one(vm, a, "TextIOWrapper.write")) return Value();
  TextIOObj* t = tio(a[0]);
  if (!t_check_init(vm, t)) return Value();
  if (!is_str(a[1])) return raisef(vm, &TypeErrorType, "write() argument must be str, not %s", tname(a[1]));
  if (!t_check_closed(vm, t)) return Value();
  if (!t->writable) return raise_unsupported(vm, "not writable");
  Str* text = as_str(a[1]);
  std::string_view v = text->view();
  bool haslf = v.find('\n') != std::string_view::npos;
  Ref translated;
  if (haslf && (t->newline_kind == 3 || t->newline_kind == 4)) {
    const char* nl = t->newline_kind == 3 ? "\r" : "\r\n";
    std::string s;
    s.reserve(v.size() + 16);
    for (char c : v) {
      if (c == '\n') s += nl;
      else s.push_back(c);
    }
    translated.reset(new_str(s));
    text = as_str(translated.get());
  }
  bool needflush = t->line_buffering && (haslf || text->view().find('\r') != std::string_view::npos);
  // like CPython: never let the pending bytes grow past a chunk by concatenation
  std::size_t before = t->pending->size();
  if (!t_encode_append(vm, t, text)) return Value();
  if (before > 0 && int64_t(t->pending->size()) > t->chunk_size) {
    std::string added(*t->pending, before);
    t->pending->resize(before);
    if (!t_writeflush(vm, t)) return Value();
    t->pending->swap(added);
  }
  if (int64_t(t->pending->size()) >= t->chunk_size || needflush || t->write_through) {
    if (!t_writeflush(vm, t)) return Value();
  }
  if (needflush) {
    Value r = call_m0(vm, t->buffer, "flush");
    if (!r) return Value();
    decref(r);
  }
  t_reset_read_state(t);
  return int_from_i64(int64_t(as_str(a[1])->length));
}

Value textio_flush(VM& vm, Args a) {
  if (!args_none(vm, a, "TextIOWrapper.flush")) return Value();
  TextIOObj* t = tio(a[0]);
  if (!t_check_closed(vm, t)) return Value();
  t->telling = t->seekable;
  if (!t_flush_all(vm, t)) return Value();
  return new_none();
}

Value textio_tell(VM& vm, Args a) {
  if (!args_none(vm, a, "TextIOWrapper.tell")) return Value();
  TextIOObj* t = tio(a[0]);
  if (!t_check_closed(vm, t)) return Value();
  if (!t->seekable) return raise_unsupported(vm, "underlying stream is not seekable");
  if (!t->telling) return raise(vm, &OSErrorType, "telling position disabled by next() call");
  if (!t_flush_all(vm, t)) return Value();
  Value pos = call_m0(vm, t->buffer, "tell");
  if (!pos || !t->have_state) return pos;
  // as CPython: the buffer's position minus what was read ahead and not consumed yet
  int64_t p;
  bool ok = int_arg(vm, pos, &p);
  decref(pos);
  if (!ok) return Value();
  p -= t_raw_len(t, t->dec->data() + t->dec_pos, t->dec->size() - size_t(t->dec_pos));
  p -= int64_t(t->undecoded->size());
  return int_from_i64(p);
}

Value textio_seek(VM& vm, Args a) {
  if (!args_range(vm, a, "TextIOWrapper.seek", "seek", 1, 2)) return Value();
  TextIOObj* t = tio(a[0]);
  if (!t_check_closed(vm, t)) return Value();
  if (!t->seekable) return raise_unsupported(vm, "underlying stream is not seekable");
  int64_t whence = 0;
  if (a.n > 2 && !int_arg(vm, a[2], &whence)) return Value();
  Value cookie_obj = a[1];
  int64_t cookie;
  if (whence == 1 || whence == 2) {
    int z = values_equal(vm, cookie_obj, Value::small(0));
    if (z < 0) return Value();
    if (!z) return raise_unsupported(vm, whence == 1 ? "can't do nonzero cur-relative seeks" : "can't do nonzero end-relative seeks");
    if (whence == 2) {
      t->telling = t->seekable;
      if (!t_flush_all(vm, t)) return Value();
      t_reset_read_state(t);
      Value r = call_m2(vm, t->buffer, "seek", Value::small(0), Value::small(2));
      if (!r) return Value();
      int64_t pos;
      if (!int_arg(vm, r, &pos)) {
        decref(r);
        return Value();
      }
      t->enc_started = pos != 0;
      return r;
    }
    Value told = textio_tell(vm, Args{a.v, 1, nullptr});
    if (!told) return Value();
    bool ok = int_arg(vm, told, &cookie);
    decref(told);
    if (!ok) return Value();
  } else if (whence != 0) {
    return raisef(vm, &ValueErrorType, "invalid whence (%lld, should be 0, 1 or 2)", (long long)whence);
  } else {
    int neg = rich_compare_bool(vm, cookie_obj, Value::small(0), kLT);
    if (neg < 0) return Value();
    if (neg) {
      std::string r;
      if (!repr_text(vm, cookie_obj, &r)) return Value();
      return raisef(vm, &ValueErrorType, "negative seek position %s", r.c_str());
    }
    if (!int_arg(vm, cookie_obj, &cookie)) return Value();
  }
  t->telling = t->seekable;
  if (!t_flush_all(vm, t)) return Value();
  t_reset_read_state(t);
  Value r = call_m1(vm, t->buffer, "seek", int_from_i64(cookie));
  if (!r) return Value();
  decref(r);
  t->have_state = 1;
  t->cookie_pos = cookie;
  t->dec_at_start = cookie == 0;
  if (cookie == 0) t->dec_codec = t->codec;
  t->enc_started = cookie != 0;
  return int_from_i64(cookie);
}

Value textio_truncate(VM& vm, Args a) {
  if (!args_range(vm, a, "TextIOWrapper.truncate", "truncate", 0, 1)) return Value();
  TextIOObj* t = tio(a[0]);
  if (!t_check_init(vm, t)) return Value();
  Value r = call_m0(vm, a[0], "flush");
  if (!r) return Value();
  decref(r);
  if (a.n > 1 && !is_none(a[1])) return call_m1(vm, t->buffer, "truncate", a[1]);
  return call_m0(vm, t->buffer, "truncate");
}

// close(): flush, then close the buffer (the flush error wins). Also used by dealloc.
bool textio_close_impl(VM& vm, TextIOObj* t, Value self) {
  int c = t_buffer_closed(vm, t->buffer);
  if (c < 0) return false;
  if (c) return true;
  Value r = self ? call_m0(vm, self, "flush") : (t_flush_all(vm, t) ? new_none() : Value());
  Object* err = r ? nullptr : take_error(vm);
  decref(r);
  Value cr = call_m0(vm, t->buffer, "close");
  if (err) {
    if (!cr) clear_error(vm);
    decref(cr);
    restore_error(vm, err);
    return false;
  }
  if (!cr) return false;
  decref(cr);
  return true;
}

Value textio_close(VM& vm, Args a) {
  if (!args_none(vm, a, "TextIOWrapper.close")) return Value();
  TextIOObj* t = tio(a[0]);
  if (!t_check_init(vm, t)) return Value();
  if (!textio_close_impl(vm, t, a[0])) return Value();
  return new_none();
}

Value textio_detach(VM& vm, Args a) {
  if (!args_none(vm, a, "TextIOWrapper.detach")) return Value();
  TextIOObj* t = tio(a[0]);
  if (!t_check_init(vm, t)) return Value();
  Value r = call_m0(vm, a[0], "flush");
  if (!r) return Value();
  decref(r);
  Value b = t->buffer;
  t->buffer = Value();
  t->ok = 0;
  t->detached = 1;
  return b;
}

Value textio_delegate(VM& vm, Args a, const char* name) {
  if (!no_kw(vm, a, name)) return Value();
  TextIOObj* t = tio(a[0]);
  if (!t_check_init(vm, t)) return Value();
  return call_m0(vm, t->buffer, name);
}
Value textio_fileno(VM& vm, Args a) { return textio_delegate(vm, a, "fileno"); }
Value textio_isatty(VM& vm, Args a) { return textio_delegate(vm, a, "isatty"); }
Value textio_readable(VM& vm, Args a) { return textio_delegate(vm, a, "readable"); }
Value textio_writable(VM& vm, Args a) { return textio_delegate(vm, a, "writable"); }
Value textio_seekable(VM& vm, Args a) { return textio_delegate(vm, a, "seekable"); }

// newline argument: kind 0 None, 1 '', 2 '\n', 3 '\r', 4 '\r\n'; false + error when invalid.
bool newline_kind_of(VM& vm, Value nl, const char* fname, uint8_t* kind) {
  if (!nl || is_none(nl)) {
    *kind = 0;
    return true;
  }
  if (!is_str(nl)) {
    raisef(vm, &TypeErrorType, "%s argument 'newline' must be str or None, not %s", fname, tname(nl));
    return false;
  }
  std::string_view v = as_str(nl)->view();
  if (v == "") *kind = 1;
  else if (v == "\n") *kind = 2;
  else if (v == "\r") *kind = 3;
  else if (v == "\r\n") *kind = 4;
  else {
    raisef(vm, &ValueErrorType, "illegal newline value: %s", std::string(v).c_str());
    return false;
  }
  return true;
}

void t_set_newline(TextIOObj* t, uint8_t kind) {
  t->newline_kind = kind;
  t->readuniversal = kind <= 1;
  t->readtranslate = kind == 0;
}

// Checks an encoding name: the canonical name, or "" + LookupError.
std::string checked_codec(VM& vm, Str* enc) {
  std::string canon = codec_canonical_name(enc->view());
  if (canon.empty()) raisef(vm, &LookupErrorType, "unknown encoding: %s", enc->data);
  return canon;
}

Value textio_reconfigure(VM& vm, Args a) {
  Value out[5];
  if (!parse_args(vm, rest(a), "reconfigure", "|*,encoding,errors,newline,line_buffering,write_through", out))
    return Value();
  TextIOObj* t = tio(a[0]);
  if (!t_check_init(vm, t)) return Value();
  if ((out[0] && !is_none(out[0])) || (out[2])) {
    if (t->have_state && t->dec_pos < int64_t(t->dec->size()))
      return raise_unsupported(vm, "It is not possible to set the encoding or newline of stream after the first read");
  }
  for (int i = 0; i < 2; ++i) {
    if (out[i] && !is_none(out[i]) && !is_str(out[i]))
      return raisef(vm, &TypeErrorType, "reconfigure() argument '%s' must be str or None, not %s",
                    i ? "errors" : "encoding", tname(out[i]));
  }
  uint8_t kind = t->newline_kind;
  if (out[2] && !newline_kind_of(vm, out[2], "reconfigure()", &kind)) return Value();
  Value r = call_m0(vm, a[0], "flush");
  if (!r) return Value();
  decref(r);
  if (out[0] && !is_none(out[0])) {
    Str* enc = as_str(out[0]);
    std::string canon = checked_codec(vm, enc);
    if (canon.empty()) return Value();
    Str* old = t->encoding;
    t->encoding = newref(enc);
    xdecref(old);
    t->codec = t->dec_codec = text_codec_of(canon);
    if (!out[1] || is_none(out[1])) {
      Str* olde = t->errors;
      t->errors = str_from_cstr("strict");
      xdecref(olde);
    }
  }
  if (out[1] && !is_none(out[1])) {
    Str* olde = t->errors;
    t->errors = newref(as_str(out[1]));
    xdecref(olde);
  }
  if (out[2]) t_set_newline(t, kind);
  if (out[3] && !is_none(out[3])) {
    int b = truthy(vm, out[3]);
    if (b < 0) return Value();
    t->line_buffering = b;
  }
  if (out[4] && !is_none(out[4])) {
    int b = truthy(vm, out[4]);
    if (b < 0) return Value();
    t->write_through = b;
  }
  return new_none();
}

Value textio_get_encoding(VM& vm, Value self) {
  TextIOObj* t = tio(self);
  if (!t->encoding) return raise(vm, &ValueErrorType, "I/O operation on uninitialized object");
  return Value(newref(t->encoding));
}
Value textio_get_errors(VM& vm, Value self) {
  TextIOObj* t = tio(self);
  if (!t->errors) return raise(vm, &ValueErrorType, "I/O operation on uninitialized object");
  return Value(newref(t->errors));
}
Value textio_get_newlines(VM& vm, Value self) {
  TextIOObj* t = tio(self);
  if (!t_check_init(vm, t)) return Value();
  if (!t->readable || !t->readuniversal) return new_none();
  return seennl_value(t->seennl);
}
Value textio_get_line_buffering(VM& vm, Value self) {
  TextIOObj* t = tio(self);
  if (!t_check_init(vm, t)) return Value();
  return new_bool(t->line_buffering);
}
Value textio_get_write_through(VM& vm, Value self) {
  TextIOObj* t = tio(self);
  if (!t_check_init(vm, t)) return Value();
  return new_bool(t->write_through);
}
Value textio_get_buffer(VM&, Value self) {
  TextIOObj* t = tio(self);
  return t->buffer ? newref(t->buffer) : new_none();
}
Value textio_get_closed(VM& vm, Value self) {
  TextIOObj* t = tio(self);
  if (!t_check_init(vm, t)) return Value();
  int c = t_buffer_closed(vm, t->buffer);
  if (c < 0) return Value();
  return new_bool(c);
}
Value textio_get_name(VM& vm, Value self) {
  TextIOObj* t = tio(self);
  if (!t_check_init(vm, t)) return Value();
  return get_attr(vm, t->buffer, intern("name"));
}
Value textio_get_chunk_size(VM& vm, Value self) {
  TextIOObj* t = tio(self);
  if (!t_check_init(vm, t)) return Value();
  return int_from_i64(t->chunk_size);
}
bool textio_set_chunk_size(VM& vm, Value self, Value v) {
  TextIOObj* t = tio(self);
  if (!t_check_init(vm, t)) return false;
  if (!v) {
    raise(vm, &AttributeErrorType, "cannot delete attribute");
    return false;
  }
  int64_t n;
  if (!int_arg(vm, v, &n)) return false;
  if (n <= 0) {
    raise(vm, &ValueErrorType, "a strictly positive integer is required");
    return false;
  }
  t->chunk_size = n;
  return true;
}

Value textio_repr(VM& vm, Value self) {
  TextIOObj* t = tio(self);
  std::string out = std::string("<") + tp_name(self);
  if (!t->ok && !t->detached) return new_str(out + ">");
  if (!name_part(vm, self, "name", &out)) return Value();
  Value mode = get_attr(vm, self, intern("mode"));
  if (!mode) {
    if (!error_matches(vm, &AttributeErrorType)) return Value();
    clear_error(vm);
  } else {
    std::string r;
    bool ok = repr_text(vm, mode, &r);
    decref(mode);
    if (!ok) return Value();
    out += " mode=" + r;
  }
  if (t->encoding) {
    std::string r;
    if (!repr_text(vm, Value(t->encoding), &r)) return Value();
    out += " encoding=" + r;
  }
  return new_str(out + ">");
}

bool textio_init(VM& vm, Value self, Args a) {
  Value out[6];
  if (!parse_args(vm, a, "TextIOWrapper", "buffer,|encoding,errors,newline,line_buffering,write_through", out))
    return false;
  TextIOObj* t = tio(self);
  for (int i = 1; i <= 2; ++i) {
    if (out[i] && !is_none(out[i]) && !is_str(out[i])) {
      raisef(vm, &TypeErrorType, "TextIOWrapper() argument '%s' must be str or None, not %s",
             i == 1 ? "encoding" : "errors", tname(out[i]));
      return false;
    }
  }
  uint8_t kind;
  if (!newline_kind_of(vm, out[3], "TextIOWrapper()", &kind)) return false;
  Str* enc = out[1] && !is_none(out[1]) ? as_str(out[1]) : nullptr;
  Ref enc_ref;
  if (!enc || enc->view() == "locale") {
    enc_ref.reset(Value(str_from_cstr("utf-8")));
    enc = as_str(enc_ref.get());
  }
  std::string canon = checked_codec(vm, enc);
  if (canon.empty()) return false;
  bool line_buffering = false, write_through = false;
  if (out[4]) {
    int b = truthy(vm, out[4]);
    if (b < 0) return false;
    line_buffering = b;
  }
  if (out[5]) {
    int b = truthy(vm, out[5]);
    if (b < 0) return false;
    write_through = b;
  }
  Value buffer = out[0];
  t->ok = 0;
  t->detached = 0;
  Value oldb = t->buffer;
  t->buffer = newref(buffer);
  decref(oldb);
  Str* olde = t->encoding;
  t->encoding = newref(enc);
  xdecref(olde);
  olde = t->errors;
  t->errors = out[2] && !is_none(out[2]) ? newref(as_str(out[2])) : str_from_cstr("strict");
  xdecref(olde);
  t->codec = t->dec_codec = text_codec_of(canon);
  t_set_newline(t, kind);
  t->line_buffering = line_buffering;
  t->write_through = write_through;
  t->seennl = 0;
  t->enc_started = 0;
  t->pending->clear();
  t_reset_read_state(t);
  t->chunk_size = kTextChunkSize;
  auto ask = [&](const char* meth, uint8_t* dst) {
    Value r = call_m0(vm, buffer, meth);
    if (!r) return false;
    int b = truthy(vm, r);
    decref(r);
    if (b < 0) return false;
    *dst = uint8_t(b);
    return true;
  };
  if (!ask("readable", &t->readable) || !ask("writable", &t->writable) || !ask("seekable", &t->seekable)) return false;
  t->telling = t->seekable;
  if (t->seekable && t->writable) {
    Value r = call_m0(vm, buffer, "tell");
    if (!r) return false;
    int64_t pos;
    bool ok = int_arg(vm, r, &pos);
    decref(r);
    if (!ok) return false;
    if (pos != 0) t->enc_started = 1;
  }
  t->ok = 1;
  return true;
}

Value textio_tp_new(VM& vm, Type* type, Args) {
  Object* o = io_alloc(vm, type);
  if (!o) return Value();
  TextIOObj* t = static_cast<TextIOObj*>(o);
  t->dec = new std::string();
  t->undecoded = new std::string();
  t->pending = new std::string();
  t->chunk_size = kTextChunkSize;
  t->telling = 1;
  return Value(o);
}

bool is_native_buffer(Value v) {
  if (!v.is_obj()) return false;
  Type* bt = type_of(v);
  if (bt == &BytesIOType) return true;
  if (bt == &BufferedReaderType || bt == &BufferedWriterType || bt == &BufferedRandomType)
    return !bo(v)->ok || is_exact_fileio(bo(v)->raw);
  return false;
}

void textio_dealloc(Object* o) {
  TextIOObj* t = static_cast<TextIOObj*>(o);
  if (t->ok && g_vm && is_native_buffer(t->buffer)) {
    // like CPython's finalizer: close() writes what is pending
    ErrorGuard guard(*g_vm);
    textio_close_impl(*g_vm, t, Value());
  }
  decref(t->buffer);
  t->buffer = Value();
  xdecref(t->encoding);
  xdecref(t->errors);
  t->encoding = t->errors = nullptr;
  delete t->dec;
  delete t->undecoded;
  delete t->pending;
  t->dec = t->undecoded = t->pending = nullptr;
  iobase_untrack_and_clear(o);
  generic_dealloc(o);
}

void textio_traverse(Object* o, VisitFn visit, void* arg) {
  iobase_traverse(o, visit, arg);
  TextIOObj* t = static_cast<TextIOObj*>(o);
  if (t->buffer.is_obj()) visit(t->buffer.obj(), arg);
}

void textio_clear(Object* o) {
  iobase_clear_dict(o);
  TextIOObj* t = static_cast<TextIOObj*>(o);
  if (t->ok && g_vm && is_native_buffer(t->buffer)) {
    ErrorGuard guard(*g_vm);
    textio_close_impl(*g_vm, t, Value());
  }
  Value b = t->buffer;
  t->buffer = Value();
  t->ok = 0;
  decref(b);
}

const MethodDef kTextIOWrapperMethods[] = {
    {"read", textio_read, kMethPlain, nullptr, nullptr},
    {"readline", textio_readline, kMethPlain, nullptr, nullptr},
    {"write", textio_write, kMethPlain, nullptr, nullptr},
    {"flush", textio_flush, kMethPlain, nullptr, nullptr},
    {"close", textio_close, kMethPlain, nullptr, nullptr},
    {"tell", textio_tell, kMethPlain, nullptr, nullptr},
    {"seek", textio_seek, kMethPlain, nullptr, nullptr},
    {"truncate", textio_truncate, kMethPlain, nullptr, nullptr},
    {"detach", textio_detach, kMethPlain, nullptr, nullptr},
    {"reconfigure", textio_reconfigure, kMethPlain, nullptr, nullptr},
    {"fileno", textio_fileno, kMethPlain, nullptr, nullptr},
    {"isatty", textio_isatty, kMethPlain, nullptr, nullptr},
    {"readable", textio_readable, kMethPlain, nullptr, nullptr},
    {"writable", textio_writable, kMethPlain, nullptr, nullptr},
    {"seekable", textio_seekable, kMethPlain, nullptr, nullptr},
    {nullptr, nullptr, 0, nullptr, nullptr}};

const GetSetDef kTextIOWrapperGetSets[] = {
    {"encoding", textio_get_encoding, nullptr, nullptr},
    {"errors", textio_get_errors, nullptr, nullptr},
    {"newlines", textio_get_newlines, nullptr, nullptr},
    {"line_buffering", textio_get_line_buffering, nullptr, nullptr},
    {"write_through", textio_get_write_through, nullptr, nullptr},
    {"buffer", textio_get_buffer, nullptr, nullptr},
    {"closed", textio_get_closed, nullptr, nullptr},
    {"name", textio_get_name, nullptr, nullptr},
    {"_CHUNK_SIZE", textio_get_chunk_size, textio_set_chunk_size, nullptr},
    {nullptr, nullptr, nullptr, nullptr}};

// ============================================================== 8. open() and the module

bool opt_str_arg(VM& vm, Value v, const char* fname, const char* arg) {
  if (v && !is_none(v) && !is_str(v)) {
    raisef(vm, &TypeErrorType, "%s argument '%s' must be str or None, not %s", fname, arg, tname(v));
    return false;
  }
  return true;
}

// Closes a half-built result of open() after an error (keeping the error).
void close_quietly(VM& vm, Value obj) {
  Object* err = take_error(vm);
  Value r = call_m0(vm, obj, "close");
  if (!r) clear_error(vm);
  decref(r);
  restore_error(vm, err);
}

}  // namespace

Value io_open(VM& vm, Args a) {
  init_io_types();
  Value out[8];
  if (!parse_args(vm, a, "open", "file,|mode,buffering,encoding,errors,newline,closefd,opener", out)) return Value();
  Value file = out[0];
  std::string mode = "r";
  if (out[1]) {
    if (!is_str(out[1])) return raisef(vm, &TypeErrorType, "open() argument 'mode' must be str, not %s", tname(out[1]));
    mode = std::string(as_str(out[1])->view());
  }
  int64_t buffering = -1;
  if (out[2]) {
    if (is_float(out[2])) return raise(vm, &TypeErrorType, "'float' object cannot be interpreted as an integer");
    if (!int_arg(vm, out[2], &buffering)) return Value();
  }
  if (!opt_str_arg(vm, out[3], "open()", "encoding") || !opt_str_arg(vm, out[4], "open()", "errors") ||
      !opt_str_arg(vm, out[5], "open()", "newline"))
    return Value();
  Value encoding = out[3] && !is_none(out[3]) ? out[3] : Value();
  Value errors = out[4] && !is_none(out[4]) ? out[4] : Value();
  Value newline = out[5] && !is_none(out[5]) ? out[5] : Value();
  bool closefd = true;
  if (out[6]) {
    int t = truthy(vm, out[6]);
    if (t < 0) return Value();
    closefd = t;
  }
  Ref path;
  if (!is_str(file) && !is_bytes(file) && !has_index(file)) {
    path.reset(io_fspath(vm, file));
    if (!path) return Value();
    file = path.get();
  }
  bool creating = false, reading = false, writing = false, appending = false, updating = false, text = false,
       binary = false;
  for (size_t i = 0; i < mode.size(); ++i) {
    char c = mode[i];
    switch (c) {
      case 'x': creating = true; break;
      case 'r': reading = true; break;
      case 'w': writing = true; break;
      case 'a': appending = true; break;
      case '+': updating = true; break;
      case 't': text = true; break;
      case 'b': binary = true; break;
      default: return raisef(vm, &ValueErrorType, "invalid mode: '%s'", mode.c_str());
    }
    if (mode.find(c, i + 1) != std::string::npos) return raisef(vm, &ValueErrorType, "invalid mode: '%s'", mode.c_str());
  }
  std::string rawmode;
  if (creating) rawmode += 'x';
  if (reading) rawmode += 'r';
  if (writing) rawmode += 'w';
  if (appending) rawmode += 'a';
  if (updating) rawmode += '+';
  if (text && binary) return raise(vm, &ValueErrorType, "can't have text and binary mode at once");
  if (int(creating) + int(reading) + int(writing) + int(appending) > 1)
    return raise(vm, &ValueErrorType, "must have exactly one of create/read/write/append mode");
  if (binary && encoding) return raise(vm, &ValueErrorType, "binary mode doesn't take an encoding argument");
  if (binary && errors) return raise(vm, &ValueErrorType, "binary mode doesn't take an errors argument");
  if (binary && newline) return raise(vm, &ValueErrorType, "binary mode doesn't take a newline argument");
  // the raw file
  Value raw = fileio_tp_new(vm, &FileIOType, Args{});
  if (!raw) return Value();
  if (!fileio_open(vm, fio(raw), file, rawmode, closefd, out[7])) {
    decref(raw);
    return Value();
  }
  bool line_buffering = false;
  if (buffering == 1 || (buffering < 0 && fs_isatty(fio(raw)->fd))) {
    buffering = -1;
    line_buffering = true;
  }
  if (buffering < 0) buffering = fio(raw)->blksize;
  if (buffering == 0) {
    if (binary) return raw;
    raise(vm, &ValueErrorType, "can't have unbuffered text I/O");
    close_quietly(vm, raw);
    decref(raw);
    return Value();
  }
  BufKind kind = updating ? kBufRandom : (creating || writing || appending) ? kBufWriter : kBufReader;
  Type* btype = kind == kBufRandom ? &BufferedRandomType : kind == kBufWriter ? &BufferedWriterType : &BufferedReaderType;
  Value buffer = buffered_tp_new_kind(vm, btype, kind);
  if (!buffer) {
    close_quietly(vm, raw);
    decref(raw);
    return Value();
  }
  BufferedObj* b = bo(buffer);
  b->raw = raw;  // owned now
  b->buffer_size = buffering;
  b->ok = 1;
  if (binary) return buffer;
  Value wrapper = textio_tp_new(vm, &TextIOWrapperType, Args{});
  if (!wrapper) {
    close_quietly(vm, buffer);
    decref(buffer);
    return Value();
  }
  Value targs[5] = {buffer, encoding ? encoding : none(), errors ? errors : none(), newline ? newline : none(),
                    bool_value(line_buffering)};
  if (!textio_init(vm, wrapper, Args{targs, 5, nullptr})) {
    decref(wrapper);
    close_quietly(vm, buffer);
    decref(buffer);
    return Value();
  }
  decref(buffer);
  Value mode_str = out[1] ? newref(out[1]) : Value(str_from_cstr("r"));
  bool ok = set_attr(vm, wrapper, intern("mode"), mode_str);
  decref(mode_str);
  if (!ok) {
    close_quietly(vm, wrapper);
    decref(wrapper);
    return Value();
  }
  return wrapper;
}

namespace {

Value io_open_code(VM& vm, Args a) {
  Value out[1];
  if (!parse_args(vm, a, "open_code", "path", out)) return Value();
  if (!is_str(out[0])) return raisef(vm, &TypeErrorType, "open_code() argument 'path' must be str, not %s", tname(out[0]));
  Value args[2] = {out[0], Value(intern("rb"))};
  return io_open(vm, Args{args, 2, nullptr});
}

Value io_text_encoding(VM& vm, Args a) {
  Value out[2];
  if (!parse_args(vm, a, "text_encoding", "encoding,|stacklevel,/", out)) return Value();
  if (!is_none(out[0])) return newref(out[0]);
  return Value(str_from_cstr("utf-8"));
}

const MethodDef kIoMethods[] = {
    {"open", io_open, kMethPlain, "Open file and return a stream.  Raise OSError upon failure.", nullptr},
    {"open_code", io_open_code, kMethPlain, "Opens the provided file with the intent to import the contents.", nullptr},
    {"text_encoding", io_text_encoding, kMethPlain, "A helper function to choose the text encoding.", nullptr},
    {nullptr, nullptr, 0, nullptr, nullptr}};

bool io_init(VM& vm, Module* m) {
  init_io_types();
  Dict* d = m->dict;
  auto add = [&](const char* name, Value v) { dict_set_str(d, intern(name), v); };
  add("IOBase", Value(&IOBaseType));
  add("RawIOBase", Value(&RawIOBaseType));
  add("BufferedIOBase", Value(&BufferedIOBaseType));
  add("TextIOBase", Value(&TextIOBaseType));
  add("_IOBase", Value(&IOBaseType));
  add("_RawIOBase", Value(&RawIOBaseType));
  add("_BufferedIOBase", Value(&BufferedIOBaseType));
  add("_TextIOBase", Value(&TextIOBaseType));
  add("FileIO", Value(&FileIOType));
  add("BytesIO", Value(&BytesIOType));
  add("StringIO", Value(&StringIOType));
  add("BufferedReader", Value(&BufferedReaderType));
  add("BufferedWriter", Value(&BufferedWriterType));
  add("BufferedRandom", Value(&BufferedRandomType));
  add("TextIOWrapper", Value(&TextIOWrapperType));
  add("BlockingIOError", Value(&BlockingIOErrorType));
  add("SEEK_SET", Value::small(0));
  add("SEEK_CUR", Value::small(1));
  add("SEEK_END", Value::small(2));
  add("DEFAULT_BUFFER_SIZE", Value::small(kDefaultBufferSize));
  // io.UnsupportedOperation(OSError, ValueError)
  {
    Dict* ns = dict_new();
    dict_set_str(ns, g_names.module, Value(intern("io")));
    Tuple* bases = tuple_of({Value(&OSErrorType), Value(&ValueErrorType)});
    Value args[3] = {Value(intern("UnsupportedOperation")), Value(bases), Value(ns)};
    Value t = call(vm, Value(&TypeType), Args{args, 3, nullptr});
    decref(bases);
    decref(ns);
    if (!t) return false;
    add("UnsupportedOperation", t);
    decref(t);
  }
  // io.open is builtins.open
  if (vm.builtins) {
    Value bo = dict_get_str(vm.builtins, intern("open"));
    if (bo) add("open", bo);
  }
  if (vm.modules && !dict_get_str(vm.modules, intern("_io"))) dict_set_str(vm.modules, intern("_io"), Value(m));
  return true;
}

void setup_type(Type* t, const char* name, uint32_t size, Type* base) {
  static_type_init(t, name, size, base, kTypeBaseType | kTypeHasGC | kTypeHasWeakrefs);
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winvalid-offsetof"
  t->dict_offset = int32_t(offsetof(IOBaseObj, dict));
#pragma GCC diagnostic pop
}

}  // namespace

void init_io_types() {
  static bool done = false;
  if (done) return;
  done = true;
  Type* t = &IOBaseType;
  setup_type(t, "_io._IOBase", sizeof(IOBaseObj), &ObjectType);
  t->new_ = iobase_tp_new;
  t->dealloc = iobase_dealloc;
  t->traverse = iobase_traverse;
  t->clear = iobase_clear_dict;
  t->iter = iobase_iter;
  t->next = iobase_next;
  t->methods = kIOBaseMethods;
  t->getsets = kIOBaseGetSets;

  t = &RawIOBaseType;
  setup_type(t, "_io._RawIOBase", sizeof(IOBaseObj), &IOBaseType);
  t->methods = kRawIOBaseMethods;
  t = &BufferedIOBaseType;
  setup_type(t, "_io._BufferedIOBase", sizeof(IOBaseObj), &IOBaseType);
  t->methods = kBufferedIOBaseMethods;
  t = &TextIOBaseType;
  setup_type(t, "_io._TextIOBase", sizeof(IOBaseObj), &IOBaseType);
  t->methods = kTextIOBaseMethods;
  t->getsets = kTextIOBaseGetSets;

  t = &FileIOType;
  setup_type(t, "_io.FileIO", sizeof(FileIOObj), &RawIOBaseType);
  t->new_ = fileio_tp_new;
  t->init = fileio_init;
  t->dealloc = fileio_dealloc;
  t->clear = fileio_clear;
  t->repr = fileio_repr;
  t->methods = kFileIOMethods;
  t->getsets = kFileIOGetSets;

  Type* bufs[3] = {&BufferedReaderType, &BufferedWriterType, &BufferedRandomType};
  const char* bnames[3] = {"_io.BufferedReader", "_io.BufferedWriter", "_io.BufferedRandom"};
  Value (*bnew[3])(VM&, Type*, Args) = {bufreader_tp_new, bufwriter_tp_new, bufrandom_tp_new};
  const MethodDef* bmeth[3] = {kBufferedReaderMethods, kBufferedWriterMethods, kBufferedRandomMethods};
  for (int i = 0; i < 3; ++i) {
    t = bufs[i];
    setup_type(t, bnames[i], sizeof(BufferedObj), &BufferedIOBaseType);
    t->new_ = bnew[i];
    t->init = buffered_init;
    t->dealloc = buffered_dealloc;
    t->traverse = buffered_traverse;
    t->clear = buffered_clear;
    t->repr = buffered_repr;
    t->next = buffered_next;
    t->methods = bmeth[i];
    t->getsets = kBufferedGetSets;
  }

  t = &BytesIOType;
  setup_type(t, "_io.BytesIO", sizeof(BytesIOObj), &BufferedIOBaseType);
  t->new_ = bytesio_tp_new;
  t->init = bytesio_init;
  t->dealloc = bytesio_dealloc;
  t->iter = bytesio_iter;
  t->next = bytesio_next;
  t->methods = kBytesIOMethods;
  t->getsets = kBytesIOGetSets;

  t = &StringIOType;
  setup_type(t, "_io.StringIO", sizeof(StringIOObj), &TextIOBaseType);
  t->new_ = stringio_tp_new;
  t->init = stringio_init;
  t->dealloc = stringio_dealloc;
  t->next = stringio_next;
  t->methods = kStringIOMethods;
  t->getsets = kStringIOGetSets;

  t = &TextIOWrapperType;
  setup_type(t, "_io.TextIOWrapper", sizeof(TextIOObj), &TextIOBaseType);
  t->new_ = textio_tp_new;
  t->init = textio_init;
  t->dealloc = textio_dealloc;
  t->traverse = textio_traverse;
  t->clear = textio_clear;
  t->repr = textio_repr;
  t->next = textio_next;
  t->methods = kTextIOWrapperMethods;
  t->getsets = kTextIOWrapperGetSets;

  Type* all[] = {&IOBaseType, &RawIOBaseType, &BufferedIOBaseType, &TextIOBaseType, &FileIOType,
                 &BufferedReaderType, &BufferedWriterType, &BufferedRandomType, &BytesIOType,
                 &StringIOType, &TextIOWrapperType};
  for (Type* ty : all) type_ready(ty);
}

const ModuleDef kModIo = {"io", kIoMethods, io_init,
                          "The io module provides the Python interfaces to stream handling."};

}  // namespace coil
