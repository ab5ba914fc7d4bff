// traceback.cpp - traceback and frame objects, and the printing of uncaught exceptions exactly as
// CPython 3.11's default excepthook does (source lines, carets, chains, notes, groups, SyntaxError
// form, "Did you mean" suggestions).
//
// Sections:
//   1. source lines (vm.sources or files on disk, cached)
//   2. frame objects (f_code, f_lineno, f_locals, f_back, ...)
//   3. traceback objects and traceback_push
//   4. suggestions for NameError / AttributeError
//   5. printing: traceback entries with carets
//   6. printing: exceptions, chains, groups, SyntaxError, notes
#include "vm/traceback.h"

#include <cinttypes>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "objects/unicode.h"
#include "vm/interp.h"
#include "vm/runtime.h"
#include "vm/traceback_anchors.h"

namespace coil {

Type TracebackType;
Type FrameObjectType;

Object* instance_alloc(VM& vm, Type* type);  // objects/object.cpp

// ============================================================== 1. source lines

namespace {

struct SourceLines {
  const char* data = nullptr;  // identity of the vm.sources text the offsets were computed for
  std::size_t size = 0;
  std::string owned;           // text read from disk
  std::vector<std::pair<std::size_t, std::size_t>> lines;  // [start, end) of each line (no terminator)
};

struct SourceCache {
  const VM* vm = nullptr;
  std::unordered_map<std::string, SourceLines> files;
};

SourceCache& source_cache() {
  static SourceCache c;
  return c;
}

void split_lines(std::string_view text, SourceLines* out) {
  out->lines.clear();
  std::size_t i = 0, n = text.size();
  if (n >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF") i = 3;  // UTF-8 BOM
  std::size_t start = i;
  while (i < n) {
    char c = text[i];
    if (c == '\n' || c == '\r') {
      out->lines.emplace_back(start, i);
      if (c == '\r' && i + 1 < n && text[i + 1] == '\n') ++i;
      start = ++i;
      continue;
    }
    ++i;
  }
  if (start < n) out->lines.emplace_back(start, n);
}

}  // namespace

namespace {

// Finds line `line` (1-based) of a file; false if the file or the line does not exist.
bool lookup_source_line(VM& vm, const std::string& filename, int line, std::string* out) {
  if (line < 1 || filename.empty()) return false;
  SourceCache& cache = source_cache();
  if (cache.vm != &vm) {
    cache.files.clear();
    cache.vm = &vm;
  }
  auto it = vm.sources.find(filename);
  SourceLines& sl = cache.files[filename];
  std::string_view text;
  if (it != vm.sources.end()) {
    const std::string& src = it->second;
    if (sl.data != src.data() || sl.size != src.size() || !sl.owned.empty()) {
      sl.owned.clear();
      sl.data = src.data();
      sl.size = src.size();
      split_lines(src, &sl);
    }
    text = src;
  } else {
    if (!sl.data) {
      std::ifstream in(filename, std::ios::binary);
      if (!in) return false;
      std::ostringstream ss;
      ss << in.rdbuf();
      sl.owned = ss.str();
      sl.data = sl.owned.data();
      sl.size = sl.owned.size();
      split_lines(sl.owned, &sl);
    }
    text = sl.owned;
  }
  if (std::size_t(line) > sl.lines.size()) return false;
  auto [b, e] = sl.lines[std::size_t(line - 1)];
  *out = std::string(text.substr(b, e - b));
  return true;
}

}  // namespace

std::string source_line(VM& vm, const std::string& filename, int line) {
  std::string s;
  lookup_source_line(vm, filename, line, &s);
  return s;
}

// ============================================================== 2. frame objects

namespace {

// True if `f` is linked in the running task's frame stack (so its `back` pointer is valid).
bool frame_is_on_stack(VM& vm, Frame* f) {
  if (!vm.task) return false;
  for (Frame* x = vm.task->top; x; x = x->back)
    if (x == f) return true;
  return false;
}

// The nearest Python frame below `from` (following back pointers), or null.
PyFrame* python_frame_below(Frame* from) {
  for (Frame* x = from; x; x = x->back)
    if (x->kind == FrameKind::Python) return static_cast<PyFrame*>(x);
  return nullptr;
}

int code_line_at(Code* code, uint32_t word) {
  if (!code->nwords || !code->positions) return code->firstlineno;
  if (word >= code->nwords) return code->firstlineno;  // before the first instruction
  for (int64_t w = word; w >= 0; --w) {
    int line = code->positions[w].line;
    if (line >= 0) return line;
  }
  return code->firstlineno;
}

// Fills (or refreshes) a dict with the fast locals of a function frame.
void fill_fast_locals(VM& vm, PyFrame* f, Dict* d) {
  Code* code = f->code;
  Tuple* names = code->localsplusnames;
  for (int32_t i = 0; i < code->nlocalsplus && names && i < names->size; ++i) {
    uint8_t kind = code->localspluskinds ? code->localspluskinds[i] : uint8_t(kLocal);
    if ((kind & kFree) && !(code->flags & kCoOptimized)) continue;
    Value v = f->slots[i];
    if ((kind & (kCell | kFree)) && v.is_obj() && v.obj()->type == &CellType) v = v.as<Cell>()->contents;
    Value key = names->items[i];
    if (v) {
      dict_set(vm, d, key, v);
    } else {
      int r = dict_del(vm, d, key);
      if (r < 0) clear_error(vm);
    }
  }
}

bool is_function_frame(PyFrame* f) { return !(f->flags & kFrameHasLocalsDict) && !f->locals; }

FrameObject* as_frame(Value v) { return v.as<FrameObject>(); }

void frame_dealloc(Object* o) {
  if (gc_is_tracked(o)) gc_untrack(o);
  FrameObject* fo = static_cast<FrameObject*>(o);
  if (fo->live) fo->live->frame_object = nullptr;  // (a live frame owns a reference: not reached)
  xdecref(fo->code);
  xdecref(fo->globals);
  decref(fo->locals);
  Value back = fo->back;
  fo->back = Value();
  generic_dealloc(o);
  // Long f_back chains (deep recursion) are freed iteratively.
  while (back.is_obj() && back.obj()->refcount == 1 && back.obj()->type == &FrameObjectType &&
         !as_frame(back)->live) {
    FrameObject* b = as_frame(back);
    Value next = b->back;
    b->back = Value();
    decref(back);
    back = next;
  }
  decref(back);
}

void frame_traverse(Object* o, VisitFn visit, void* arg) {
  FrameObject* fo = static_cast<FrameObject*>(o);
  if (fo->code) visit(fo->code, arg);
  if (fo->globals) visit(fo->globals, arg);
  if (fo->locals.is_obj()) visit(fo->locals.obj(), arg);
  if (fo->back.is_obj()) visit(fo->back.obj(), arg);
}

void frame_clear_refs(Object* o) {
  FrameObject* fo = static_cast<FrameObject*>(o);
  Value l = fo->locals, b = fo->back;
  fo->locals = Value();
  fo->back = Value();
  decref(l);
  decref(b);
}

Value frame_get_back(VM& vm, Value self) {
  FrameObject* fo = as_frame(self);
  if (fo->live) {
    if (!frame_is_on_stack(vm, fo->live)) return new_none();
    PyFrame* below = python_frame_below(fo->live->back);
    if (!below) return new_none();
    return frame_object_for(vm, below);
  }
  return fo->back ? newref(fo->back) : new_none();
}

Value frame_get_code(VM&, Value self) { return newref(Value(as_frame(self)->code)); }

Value frame_get_lineno(VM&, Value self) {
  FrameObject* fo = as_frame(self);
  return int_from_i64(fo->live ? frame_line(fo->live) : fo->lineno);
}

Value frame_get_lasti(VM&, Value self) {
  FrameObject* fo = as_frame(self);
  uint32_t w = fo->live ? fo->live->last_word : fo->lasti;
  return int_from_i64(int64_t(w) * 2);
}

Value frame_get_globals(VM&, Value self) { return newref(Value(as_frame(self)->globals)); }

Value frame_get_builtins(VM& vm, Value self) {
  FrameObject* fo = as_frame(self);
  if (fo->live && fo->live->builtins) return newref(Value(fo->live->builtins));
  return newref(Value(vm.builtins));
}

Value frame_get_locals(VM& vm, Value self) {
  FrameObject* fo = as_frame(self);
  PyFrame* f = fo->live;
  if (f) {
    if (!is_function_frame(f)) return newref(f->locals ? f->locals : Value(f->globals));
    if (!fo->locals || !is_dict(fo->locals)) {
      decref(fo->locals);
      fo->locals = Value(dict_new());
    }
    fill_fast_locals(vm, f, fo->locals.as<Dict>());
  }
  if (!fo->locals) fo->locals = Value(dict_new());
  return newref(fo->locals);
}

Value frame_get_trace(VM&, Value) { return new_none(); }
bool frame_set_trace(VM&, Value, Value) { return true; }  // TODO(sys.settrace): tracing is not supported
Value frame_get_true(VM&, Value) { return new_bool(true); }
Value frame_get_false(VM&, Value) { return new_bool(false); }
bool frame_set_ignore(VM&, Value, Value) { return true; }

Value frame_repr(VM& vm, Value self) {
  FrameObject* fo = as_frame(self);
  Value fn = repr(vm, Value(fo->code->filename));
  if (!fn) return Value();
  char head[64];
  std::snprintf(head, sizeof head, "<frame at %p, file ", static_cast<void*>(self.obj()));
  int line = fo->live ? frame_line(fo->live) : fo->lineno;
  std::string s = std::string(head) + as_str(fn)->data + ", line " + std::to_string(line) + ", code " +
                  fo->code->name->data + ">";
  decref(fn);
  return Value(str_new(s));
}

Value frame_clear_method(VM& vm, Args a) {
  if (!check_nargs(vm, a, "clear", 1, 1)) return Value();
  FrameObject* fo = as_frame(a[0]);
  if (fo->live) {
    PyFrame* f = fo->live;
    if (!f->gen || frame_is_on_stack(vm, f)) return raise(vm, &RuntimeErrorType, "cannot clear an executing frame");
    Value r = call_method0(vm, Value(reinterpret_cast<Object*>(f->gen)), g_names.close);
    if (!r) return Value();
    decref(r);
    return new_none();
  }
  Value l = fo->locals;
  fo->locals = Value();
  decref(l);
  return new_none();
}

Value frame_sizeof(VM&, Args) { return int_from_i64(int64_t(sizeof(FrameObject)) + 64); }

const GetSetDef kFrameGetSets[] = {
    {"f_back", frame_get_back, nullptr, nullptr},
    {"f_code", frame_get_code, nullptr, nullptr},
    {"f_lineno", frame_get_lineno, nullptr, nullptr},
    {"f_lasti", frame_get_lasti, nullptr, nullptr},
    {"f_globals", frame_get_globals, nullptr, nullptr},
    {"f_builtins", frame_get_builtins, nullptr, nullptr},
    {"f_locals", frame_get_locals, nullptr, nullptr},
    {"f_trace", frame_get_trace, frame_set_trace, nullptr},
    {"f_trace_lines", frame_get_true, frame_set_ignore, nullptr},
    {"f_trace_opcodes", frame_get_false, frame_set_ignore, nullptr},
    {nullptr, nullptr, nullptr, nullptr}};

const MethodDef kFrameMethods[] = {
    {"clear", frame_clear_method, kMethNoKw, "F.clear(): clear most references held by the frame", nullptr},
    {"__sizeof__", frame_sizeof, kMethNoKw, "F.__sizeof__() -> size of F in memory, in bytes", nullptr},
    {nullptr, nullptr, 0, nullptr, nullptr}};

}  // namespace

Value frame_object_for(VM& vm, PyFrame* f) {
  if (f->frame_object) return newref(Value(f->frame_object));
  FrameObject* fo = static_cast<FrameObject*>(object_alloc(&FrameObjectType, sizeof(FrameObject)));
  fo->live = f;
  fo->code = newref(f->code);
  fo->globals = newref(f->globals);
  fo->lineno = frame_line(f);
  fo->lasti = f->last_word;
  gc_track(fo);
  f->frame_object = fo;  // the frame owns this reference (dropped by frame_object_detach)
  (void)vm;
  return newref(Value(fo));
}

void frame_object_detach(PyFrame* f) {
  Object* o = f->frame_object;
  if (!o) return;
  FrameObject* fo = static_cast<FrameObject*>(o);
  VM* vm = g_vm;
  fo->lineno = frame_line(f);
  fo->lasti = f->last_word;
  // Keep the locals (the frame's values are still there: detach runs before they are cleared).
  if (vm) {
    if (is_function_frame(f)) {
      if (!fo->locals || !is_dict(fo->locals)) {
        decref(fo->locals);
        fo->locals = Value(dict_new());
      }
      Object* saved = take_error(*vm);
      fill_fast_locals(*vm, f, fo->locals.as<Dict>());
      clear_error(*vm);
      restore_error(*vm, saved);
    } else if (!fo->locals) {
      fo->locals = newref(f->locals ? f->locals : Value(f->globals));
    }
    // f_back survives the frame: link the caller's frame object (CPython's take_ownership).
    if (!fo->back && f->back && vm->task &&
        (f->back == vm->task->top || frame_is_on_stack(*vm, f->back))) {
      PyFrame* below = python_frame_below(f->back);
      if (below) fo->back = frame_object_for(*vm, below);
    }
  }
  fo->live = nullptr;
  f->frame_object = nullptr;
  decref(o);
}

// ============================================================== 3. traceback objects

namespace {

Traceback* as_tb(Value v) { return v.as<Traceback>(); }

void tb_dealloc(Object* o) {
  if (gc_is_tracked(o)) gc_untrack(o);
  Traceback* tb = static_cast<Traceback*>(o);
  // Long chains (deep recursion) are freed iteratively.
  Value next = tb->next;
  tb->next = Value();
  decref(tb->frame);
  generic_dealloc(o);
  while (next.is_obj() && next.obj()->refcount == 1 && next.obj()->type == &TracebackType) {
    Traceback* n = as_tb(next);
    Value after = n->next;
    n->next = Value();
    decref(next);
    next = after;
  }
  decref(next);
}

void tb_traverse(Object* o, VisitFn visit, void* arg) {
  Traceback* tb = static_cast<Traceback*>(o);
  if (tb->next.is_obj()) visit(tb->next.obj(), arg);
  if (tb->frame.is_obj()) visit(tb->frame.obj(), arg);
}

void tb_clear(Object* o) {
  Traceback* tb = static_cast<Traceback*>(o);
  Value n = tb->next, f = tb->frame;
  tb->next = Value();
  tb->frame = Value();
  decref(n);
  decref(f);
}

Value tb_get_next(VM&, Value self) {
  Value n = as_tb(self)->next;
  return n ? newref(n) : new_none();
}

bool tb_set_next(VM& vm, Value self, Value v) {
  if (!v) {
    raise(vm, &TypeErrorType, "can't delete tb_next attribute");
    return false;
  }
  Value nv;
  if (!is_none(v)) {
    if (type_of(v) != &TracebackType) {
      raisef(vm, &TypeErrorType, "expected traceback object, got '%s'", tname(v));
      return false;
    }
    for (Value c = v; c; c = as_tb(c)->next)
      if (c == self) {
        raise(vm, &ValueErrorType, "traceback loop detected");
        return false;
      }
    nv = v;
  }
  Traceback* tb = as_tb(self);
  Value old = tb->next;
  tb->next = nv ? newref(nv) : Value();
  decref(old);
  return true;
}

Value tb_get_frame(VM&, Value self) {
  Value f = as_tb(self)->frame;
  return f ? newref(f) : new_none();
}
Value tb_get_lasti(VM&, Value self) { return int_from_i64(int64_t(as_tb(self)->lasti) * 2); }
Value tb_get_lineno(VM&, Value self) { return int_from_i64(as_tb(self)->lineno); }

const GetSetDef kTracebackGetSets[] = {
    {"tb_next", tb_get_next, tb_set_next, nullptr},
    {"tb_frame", tb_get_frame, nullptr, nullptr},
    {"tb_lasti", tb_get_lasti, nullptr, nullptr},
    {"tb_lineno", tb_get_lineno, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr}};

Traceback* tb_alloc(Value next, Value frame, uint32_t lasti, int32_t lineno) {  // both borrowed
  Traceback* tb = static_cast<Traceback*>(object_alloc(&TracebackType, sizeof(Traceback)));
  tb->next = next ? newref(next) : Value();
  tb->frame = newref(frame);
  tb->lasti = lasti;
  tb->lineno = lineno;
  gc_track(tb);
  return tb;
}

// types.TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno)
Value tb_new(VM& vm, Type*, Args a) {
  Value v[4];
  if (!parse_args(vm, a, "TracebackType", "tb_next,tb_frame,tb_lasti,tb_lineno", v)) return Value();
  if (!is_none(v[0]) && type_of(v[0]) != &TracebackType)
    return raisef(vm, &TypeErrorType, "expected traceback object or None, got '%s'", tname(v[0]));
  if (type_of(v[1]) != &FrameObjectType)
    return raisef(vm, &TypeErrorType, "TracebackType() argument 'tb_frame' must be frame, not %s", tname(v[1]));
  int64_t lasti, lineno;
  if (!index_to_i64(vm, v[2], &lasti, &OverflowErrorType) || !index_to_i64(vm, v[3], &lineno, &OverflowErrorType))
    return Value();
  return Value(tb_alloc(is_none(v[0]) ? Value() : v[0], v[1], uint32_t(lasti / 2), int32_t(lineno)));
}

}  // namespace

void traceback_push(VM& vm, Object* exc, PyFrame* f, uint32_t lasti) {
  if (!exc || !is_exception_instance(Value(exc))) return;
  BaseException* e = static_cast<BaseException*>(exc);
  Value fo = frame_object_for(vm, f);
  Traceback* tb = tb_alloc(e->traceback, fo, lasti, code_line_at(f->code, lasti));
  decref(fo);
  Value old = e->traceback;
  e->traceback = Value(tb);
  decref(old);
}

void traceback_add(VM& vm, PyFrame* f) { traceback_push(vm, vm.exc, f, f->last_word); }

void init_traceback_types() {
  Type* t = &TracebackType;
  static_type_init(t, "traceback", sizeof(Traceback), &ObjectType, kTypeHasGC);
  t->dealloc = tb_dealloc;
  t->traverse = tb_traverse;
  t->clear = tb_clear;
  t->new_ = tb_new;
  t->getsets = kTracebackGetSets;
  t->getattr = generic_getattr;
  t->setattr = generic_setattr;

  t = &FrameObjectType;
  static_type_init(t, "frame", sizeof(FrameObject), &ObjectType, kTypeHasGC);
  t->dealloc = frame_dealloc;
  t->traverse = frame_traverse;
  t->clear = frame_clear_refs;
  t->repr = frame_repr;
  t->getsets = kFrameGetSets;
  t->methods = kFrameMethods;
  t->getattr = generic_getattr;
  t->setattr = generic_setattr;
  t->flags |= kTypeDisallowInstantiation;
}

// ============================================================== 4. suggestions

namespace {

constexpr int kMoveCost = 2;
constexpr int kCaseCost = 1;
constexpr std::size_t kMaxStringSize = 40;
constexpr int64_t kMaxCandidateItems = 750;

int substitution_cost(char a, char b) {
  if ((a & 31) != (b & 31)) return kMoveCost;
  if (a == b) return 0;
  if ('A' <= a && a <= 'Z') a = char(a + ('a' - 'A'));
  if ('A' <= b && b <= 'Z') b = char(b + ('a' - 'A'));
  if (a == b) return kCaseCost;
  return kMoveCost;
}

// CPython's levenshtein_distance (Python/suggestions.c): byte-wise, with case and move costs.
std::size_t levenshtein(std::string_view a, std::string_view b, std::size_t max_cost) {
  if (a.data() == b.data() && a.size() == b.size()) return 0;
  while (!a.empty() && !b.empty() && a.front() == b.front()) {
    a.remove_prefix(1);
    b.remove_prefix(1);
  }
  while (!a.empty() && !b.empty() && a.back() == b.back()) {
    a.remove_suffix(1);
    b.remove_suffix(1);
  }
  if (a.empty() || b.empty()) return (a.size() + b.size()) * kMoveCost;
  if (a.size() > kMaxStringSize || b.size() > kMaxStringSize) return max_cost + 1;
  if (b.size() < a.size()) std::swap(a, b);
  if ((b.size() - a.size()) * kMoveCost > max_cost) return max_cost + 1;
  std::size_t buffer[kMaxStringSize];
  std::size_t tmp = kMoveCost;
  for (std::size_t i = 0; i < a.size(); ++i) {
    buffer[i] = tmp;
    tmp += kMoveCost;
  }
  std::size_t result = 0;
  for (std::size_t bi = 0; bi < b.size(); ++bi) {
    char code = b[bi];
    std::size_t distance = result = bi * kMoveCost;
    std::size_t minimum = SIZE_MAX;
    for (std::size_t index = 0; index < a.size(); ++index) {
      std::size_t substitute = distance + std::size_t(substitution_cost(code, a[index]));
      distance = buffer[index];
      std::size_t insert_delete = std::min(result, distance) + kMoveCost;
      result = std::min(insert_delete, substitute);
      buffer[index] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > max_cost) return max_cost + 1;
  }
  return result;
}

// calculate_suggestions: the closest candidate, or null. Candidates must be str.
Str* best_suggestion(const std::vector<Value>& candidates, Str* name) {
  if (int64_t(candidates.size()) >= kMaxCandidateItems) return nullptr;
  std::string_view n = name->view();
  int64_t best_distance = INT64_MAX;
  Str* best = nullptr;
  for (Value item : candidates) {
    if (!is_str(item)) return nullptr;
    Str* s = as_str(item);
    std::string_view v = s->view();
    if (v == n) continue;
    int64_t max_distance = int64_t(n.size() + v.size() + 3) * kMoveCost / 6;
    max_distance = std::min(max_distance, best_distance - 1);
    if (max_distance < 0) continue;
    int64_t d = int64_t(levenshtein(n, v, std::size_t(max_distance)));
    if (d > max_distance) continue;
    if (!best || d < best_distance) {
      best = s;
      best_distance = d;
    }
  }
  return best;
}

std::vector<Value> dict_keys_of(Dict* d) {
  std::vector<Value> keys;
  if (!d) return keys;
  int64_t pos = 0;
  Value k, v;
  while (dict_next(d, &pos, &k, &v)) keys.push_back(k);
  return keys;
}

// _Py_Offer_Suggestions: "" or the name to suggest (only exact NameError / AttributeError).
std::string offer_suggestion(VM& vm, Value exc) {
  if (!exc.is_obj()) return std::string();
  Type* t = exc.obj()->type;
  BaseException* e = as_exc(exc);
  if (t == &AttributeErrorType) {
    Value name = e->extra[exc_slot::kAttrName], obj = e->extra[exc_slot::kAttrObj];
    if (!name || !obj || !is_str_exact(name)) return std::string();
    Value dir_fn = vm.builtins ? dict_get_cstr(vm.builtins, "dir") : Value();
    if (!dir_fn) return std::string();
    Value d = call1(vm, dir_fn, obj);
    if (!d) {
      clear_error(vm);
      return std::string();
    }
    std::string r;
    if (is_list(d)) {
      List* l = d.as<List>();
      std::vector<Value> items(l->items, l->items + l->size);
      for (Value v : items) incref(v);
      Str* s = best_suggestion(items, name.as<Str>());
      if (s) r = std::string(s->view());
      for (Value v : items) decref(v);
    }
    decref(d);
    return r;
  }
  if (t == &NameErrorType) {
    Value name = e->extra[exc_slot::kNameName];
    if (!name || !is_str_exact(name)) return std::string();
    Value tb = e->traceback;
    if (!tb || type_of(tb) != &TracebackType) return std::string();
    while (as_tb(tb)->next && type_of(as_tb(tb)->next) == &TracebackType) tb = as_tb(tb)->next;
    Value fv = as_tb(tb)->frame;
    if (!fv || type_of(fv) != &FrameObjectType) return std::string();
    FrameObject* fo = as_frame(fv);
    Code* code = fo->code;
    std::vector<Value> varnames;
    if (code->localsplusnames)
      for (int32_t i = 0; i < code->nlocalsplus && i < code->localsplusnames->size; ++i)
        if (!code->localspluskinds || (code->localspluskinds[i] & kLocal))
          varnames.push_back(code->localsplusnames->items[i]);
    Str* s = best_suggestion(varnames, name.as<Str>());
    if (!s) s = best_suggestion(dict_keys_of(fo->globals), name.as<Str>());
    if (!s) {
      Dict* b = fo->live && fo->live->builtins ? fo->live->builtins : vm.builtins;
      s = best_suggestion(dict_keys_of(b), name.as<Str>());
    }
    return s ? std::string(s->view()) : std::string();
  }
  return std::string();
}

}  // namespace

// ============================================================== 5. printing: traceback entries

namespace {

struct PrintCtx {
  explicit PrintCtx(VM& v) : vm(v), suggestions(v.offer_suggestions) {}
  VM& vm;
  bool suggestions;  // "Did you mean" hints (the traceback module of 3.11 never gives them)
  std::string out;
  std::unordered_set<Object*> seen;
  int depth = 0;  // exception group nesting
  bool need_close = false;
  int max_width = 15;
  int max_depth = 10;
  long limit = 1000;
  bool limit_from_top = false;  // traceback module: a limit keeps the oldest entries, not the newest
  int nesting = 0;  // recursion guard for chains and groups
};

constexpr int kSourceIndent = 4;
constexpr long kRecursiveCutoff = 3;

void write_margin(PrintCtx& c, int indent, const char* margin) {
  c.out.append(std::size_t(indent), ' ');
  c.out += margin;
}

const char* exc_margin(const PrintCtx& c) { return c.depth ? "| " : ""; }
int exc_indent(const PrintCtx& c) { return 2 * c.depth; }

// _PyPegen_byte_offset_to_character_offset
long byte_to_char(std::string_view line, long col) {
  long len = long(line.size());
  if (col > len + 1) col = len + 1;
  if (col < 0) return -1;
  long n = 0;
  for (long i = 0; i < col; ++i) {
    if (i == len) {  // the terminating NUL
      ++n;
      continue;
    }
    if ((static_cast<unsigned char>(line[std::size_t(i)]) & 0xC0) != 0x80) ++n;
  }
  return n;
}

// Byte offset of code point `cp` in a UTF-8 line (clamped to its size).
std::size_t char_to_byte(std::string_view line, long cp) {
  std::size_t i = 0;
  long n = 0;
  while (i < line.size()) {
    if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) {
      if (n == cp) return i;
      ++n;
    }
    ++i;
  }
  return line.size();
}

long char_length(std::string_view s) {
  long n = 0;
  for (char ch : s)
    if ((static_cast<unsigned char>(ch) & 0xC0) != 0x80) ++n;
  return n;
}

bool is_ws(char ch) { return ch == ' ' || ch == '\t' || ch == '\f'; }

// Display columns of the first `chars` code points of a UTF-8 line (wide and fullwidth East Asian
// characters take two; positions past the end count one each, like the NUL CPython may include).
long display_width(std::string_view line, long chars) {
  long width = 0, n = 0;
  std::size_t i = 0;
  while (n < chars && i < line.size()) {
    int len = 1;
    unsigned char b = static_cast<unsigned char>(line[i]);
    uint32_t cp = b;
    if (b >= 0x80) {
      len = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
      if (i + std::size_t(len) > line.size()) len = int(line.size() - i);
      cp = len > 1 ? utf8_decode(line.data() + i, &len) : 0xFFFD;
    }
    const char* eaw = cp < 0x1100 ? "N" : uni_east_asian_width(cp);
    width += (eaw[0] == 'W' || eaw[0] == 'F') && eaw[1] == 0 ? 2 : 1;
    i += std::size_t(len > 0 ? len : 1);
    ++n;
  }
  return width + (chars > n ? chars - n : 0);
}

bool pseudo_filename(std::string_view fn) { return !fn.empty() && fn.front() == '<' && fn.back() == '>'; }

void tb_displayline(PrintCtx& c, Traceback* tb, const std::string& filename, int lineno, Code* code,
                    const std::string& name, int indent, const char* margin) {
  write_margin(c, indent, margin);
  c.out += "  File \"" + filename + "\", line " + std::to_string(lineno) + ", in " + name + "\n";
  if (pseudo_filename(filename) && !c.vm.shown_sources.count(filename)) return;
  std::string line;
  if (!lookup_source_line(c.vm, filename, lineno, &line)) return;
  std::size_t strip = 0;
  while (strip < line.size() && is_ws(line[strip])) ++strip;
  write_margin(c, indent, margin);
  c.out.append(kSourceIndent, ' ');
  c.out.append(line, strip, std::string::npos);
  c.out += "\n";
  long truncation = long(strip) - kSourceIndent;  // leading whitespace is ASCII: bytes == chars

  uint32_t lasti = tb->lasti;
  if (!code->positions || lasti >= code->nwords) return;
  const Position& p = code->positions[lasti];
  if (p.line < 0 || p.end_line < 0 || p.col < 0 || p.end_col < 0) return;
  long source_line_len = char_length(line);
  long start_offset = byte_to_char(line, p.col);
  long end_offset = byte_to_char(line, p.end_col);
  long left_end = -1, right_start = -1;
  const char* primary = "^";
  const char* secondary = "^";
  if (p.line == p.end_line) {
    if (start_offset < end_offset) {
      std::size_t b0 = char_to_byte(line, start_offset), b1 = char_to_byte(line, end_offset);
      std::string_view seg = std::string_view(line).substr(b0, b1 - b0);
      int l, r;
      if (tb_anchors::extract(seg, &l, &r)) {
        left_end = byte_to_char(seg, l) + start_offset;
        right_start = byte_to_char(seg, r) + start_offset;
        primary = "~";
        secondary = "^";
      }
    }
  } else {
    // Multi-line expression: highlight to the last non-whitespace character of the first line
    // (CPython indexes the UTF-8 bytes with the character length here).
    long i = source_line_len;
    while (--i >= 0)
      if (std::size_t(i) >= line.size() || !is_ws(line[std::size_t(i)])) break;
    end_offset = i + 1;
  }
  // CPython 3.11.7 lays the carets out in display columns (East Asian wide/fullwidth count 2).
  start_offset = display_width(line, start_offset);
  end_offset = display_width(line, end_offset);
  if (left_end != -1) left_end = display_width(line, left_end);
  if (right_start != -1) right_start = display_width(line, right_start);
  long stripped_line_len = display_width(line, source_line_len) - truncation - kSourceIndent;
  bool has_secondary = left_end != -1 || right_start != -1;
  if (end_offset - start_offset == stripped_line_len && !has_secondary) return;
  write_margin(c, indent, margin);
  for (long offset = truncation; ++offset <= end_offset;) {
    if (offset <= start_offset)
      c.out += ' ';
    else if (has_secondary && left_end < offset && offset <= right_start)
      c.out += secondary;
    else
      c.out += primary;
  }
  c.out += "\n";
}

void tb_print_line_repeated(PrintCtx& c, long cnt) {
  cnt -= kRecursiveCutoff;
  c.out += "  [Previous line repeated " + std::to_string(cnt) + (cnt > 1 ? " more times]\n" : " more time]\n");
}

void tb_print_internal(PrintCtx& c, Value tbv, long limit, int indent, const char* margin) {
  long depth = 0;
  for (Value t = tbv; t && type_of(t) == &TracebackType; t = as_tb(t)->next) ++depth;
  long shown = depth;
  if (c.limit_from_top) {
    if (shown > limit) shown = limit;
  } else {
    while (tbv && type_of(tbv) == &TracebackType && depth > limit) {
      --depth;
      --shown;
      tbv = as_tb(tbv)->next;
    }
  }
  std::string last_file, last_name;
  int last_line = -1;
  bool have_last = false;
  long cnt = 0;
  for (; tbv && type_of(tbv) == &TracebackType && shown > 0; tbv = as_tb(tbv)->next, --shown) {
    Traceback* tb = as_tb(tbv);
    if (!tb->frame || type_of(tb->frame) != &FrameObjectType) continue;
    Code* code = as_frame(tb->frame)->code;
    std::string file(code->filename ? code->filename->view() : std::string_view());
    std::string name(code->name ? code->name->view() : std::string_view());
    if (!have_last || file != last_file || last_line == -1 || tb->lineno != last_line || name != last_name) {
      if (cnt > kRecursiveCutoff) tb_print_line_repeated(c, cnt);
      last_file = file;
      last_line = tb->lineno;
      last_name = name;
      have_last = true;
      cnt = 0;
    }
    ++cnt;
    if (cnt <= kRecursiveCutoff) tb_displayline(c, tb, file, last_line, code, name, indent, margin);
  }
  if (cnt > kRecursiveCutoff) tb_print_line_repeated(c, cnt);
}

// ============================================================== 6. printing: exceptions

// Length of the line boundary (str.splitlines) starting at byte i of UTF-8 text s, or 0.
std::size_t line_break_at(const std::string& s, std::size_t i) {
  unsigned char ch = static_cast<unsigned char>(s[i]);
  if (ch == '\r') return (i + 1 < s.size() && s[i + 1] == '\n') ? 2 : 1;
  if (ch == '\n' || ch == 0x0b || ch == 0x0c || ch == 0x1c || ch == 0x1d || ch == 0x1e) return 1;
  if (ch == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x85) return 2;
  if (ch == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
      (static_cast<unsigned char>(s[i + 2]) == 0xA8 || static_cast<unsigned char>(s[i + 2]) == 0xA9))
    return 3;
  return 0;
}

// PySequence_Check
bool is_sequence_like(Value v) { return !is_dict(v) && type_of(v)->getitem != nullptr; }

// str(v) for printing; false if str() failed (error cleared).
bool safe_str(VM& vm, Value v, std::string* out) {
  Value s = str_of(vm, v);
  if (!s) {
    clear_error(vm);
    return false;
  }
  *out = std::string(as_str(s)->view());
  decref(s);
  return true;
}

void print_exception_traceback(PrintCtx& c, Value value) {
  Value tb = as_exc(value)->traceback;
  if (!tb || is_none(tb)) return;
  const char* header = "Traceback (most recent call last):\n";
  const char* header_margin = exc_margin(c);
  if (is_exception_group(value)) {
    header = "Exception Group Traceback (most recent call last):\n";
    if (c.depth == 1) header_margin = "+ ";
  }
  if (c.limit <= 0) return;
  write_margin(c, exc_indent(c), header_margin);
  c.out += header;
  tb_print_internal(c, tb, c.limit, exc_indent(c), exc_margin(c));
}

// Reads an int attribute as CPython's PyLong_AsSsize_t (false if not an int or too big).
bool attr_ssize(VM& vm, Value v, long* out) {
  if (!is_int(v)) return false;
  bool overflow = false;
  int64_t n = int_as_i64(int_value(v), &overflow);
  if (overflow) return false;
  *out = long(n);
  (void)vm;
  return true;
}

void print_error_text(PrintCtx& c, long offset, long end_offset, const std::string& text_obj) {
  long caret_repetitions = (end_offset > 0 && end_offset > offset) ? end_offset - offset : 1;
  const char* text = text_obj.c_str();
  offset--;
  while (*text == ' ' || *text == '\t' || *text == '\f') {
    ++text;
    --offset;
  }
  long len = long(std::strlen(text));
  if (len > 0 && text[len - 1] == '\n') --len;
  if (offset > len) offset = len;
  for (;;) {
    const char* nl = std::strchr(text, '\n');
    if (!nl) break;
    long inl = long(nl - text);
    if (inl >= offset) break;
    inl += 1;
    text += inl;
    len -= inl;
    offset -= inl;
  }
  c.out += "    ";
  c.out += text;
  if (text[len] != '\n') c.out += "\n";
  if (offset < 0) return;
  c.out += "    ";
  while (--offset >= 0) c.out += ' ';
  c.out.append(std::size_t(caret_repetitions > 0 ? caret_repetitions : 0), '^');
  c.out += "\n";
}

// SyntaxError-like exceptions (they have print_file_and_line): prints the File/line/text/caret
// part and replaces *value by the message. Returns false to print the exception normally.
void print_exception_file_and_line(PrintCtx& c, Ref* value) {
  VM& vm = c.vm;
  Value v = value->get();
  Value pfl = get_attr_opt(vm, v, intern("print_file_and_line"));
  if (!pfl) {
    clear_error(vm);
    return;
  }
  decref(pfl);
  Ref msg(get_attr(vm, v, intern("msg")));
  Ref filename(msg ? get_attr(vm, v, intern("filename")) : Value());
  Ref linenov(filename ? get_attr(vm, v, intern("lineno")) : Value());
  if (!linenov) {
    clear_error(vm);
    return;
  }
  long lineno, offset = -1, end_lineno, end_offset = -1;
  if (!attr_ssize(vm, linenov.get(), &lineno)) return;
  Ref offv(get_attr(vm, v, intern("offset")));
  if (!offv) {
    clear_error(vm);
    return;
  }
  if (!is_none(offv.get()) && !attr_ssize(vm, offv.get(), &offset)) return;
  end_lineno = lineno;
  if (type_of(v) == &SyntaxErrorType) {
    Ref el(get_attr(vm, v, intern("end_lineno")));
    if (!el) {
      clear_error(vm);
    } else if (!is_none(el.get()) && !attr_ssize(vm, el.get(), &end_lineno)) {
      return;
    }
    Ref eo(get_attr(vm, v, intern("end_offset")));
    if (!eo) {
      clear_error(vm);
    } else if (!is_none(eo.get()) && !attr_ssize(vm, eo.get(), &end_offset)) {
      return;
    }
  }
  Ref textv(get_attr(vm, v, intern("text")));
  if (!textv) {
    clear_error(vm);
    return;
  }
  std::string fname = "<string>";
  if (!is_none(filename.get()) && !safe_str(vm, filename.get(), &fname)) return;
  write_margin(c, exc_indent(c), exc_margin(c));
  c.out += "  File \"" + fname + "\", line " + std::to_string(lineno) + "\n";
  if (!is_none(textv.get()) && is_str(textv.get())) {
    std::string text(as_str(textv.get())->view());
    long line_size = long(text.size());
    if (end_lineno > lineno) end_offset = line_size;
    if (end_offset > line_size + 1) end_offset = line_size + 1;
    print_error_text(c, offset, end_offset, text);
  }
  *value = std::move(msg);
}

void print_exception_message(PrintCtx& c, Type* type, Value value) {
  VM& vm = c.vm;
  write_margin(c, exc_indent(c), exc_margin(c));
  Value mod = get_attr(vm, Value(type), g_names.module);
  if (!mod || !is_str(mod)) {
    clear_error(vm);
    c.out += "<unknown>.";
  } else {
    std::string_view m = as_str(mod)->view();
    if (m != "builtins" && m != "__main__") {
      c.out += m;
      c.out += ".";
    }
  }
  decref(mod);
  if (type->qualname)
    c.out += type->qualname->view();
  else
    c.out += type_name(type);
  if (is_none(value)) return;
  std::string s;
  if (!safe_str(vm, value, &s)) {
    c.out += ": <exception str() failed>";
    return;
  }
  if (!s.empty()) c.out += ": ";
  c.out += s;
}

void print_exception_suggestions(PrintCtx& c, Value value) {
  if (!c.suggestions) return;
  std::string s = offer_suggestion(c.vm, value);
  clear_error(c.vm);
  if (s.empty()) return;
  Str* st = str_new(s);
  c.out += ". Did you mean: " + str_repr_text(st) + "?";
  decref(st);
}

void print_exception_notes(PrintCtx& c, Value value) {
  VM& vm = c.vm;
  if (!is_exception_instance(value)) return;
  Value notes = get_attr_opt(vm, value, g_names.notes);
  if (!notes) {
    clear_error(vm);
    return;
  }
  Ref hold(notes);
  if (!is_sequence_like(notes)) {
    write_margin(c, exc_indent(c), exc_margin(c));
    Value r = repr(vm, notes);
    if (!r) {
      clear_error(vm);
      c.out += "<__notes__ repr() failed>";
    } else {
      c.out += as_str(r)->view();
      decref(r);
    }
    c.out += "\n";
    return;
  }
  int64_t n = length(vm, notes);
  if (n < 0) {
    clear_error(vm);
    return;
  }
  for (int64_t i = 0; i < n; ++i) {
    Value note = get_item(vm, notes, Value::small(i));
    if (!note) {
      clear_error(vm);
      return;
    }
    std::string s;
    bool ok = safe_str(vm, note, &s);
    decref(note);
    if (!ok) {
      c.out += "<note str() failed>";
    } else {
      // splitlines(keepends=True), each line after the margin
      std::size_t pos = 0;
      while (pos < s.size()) {
        std::size_t e = pos;
        std::size_t brk = 0;  // length of the line break found at e
        while (e < s.size() && !(brk = line_break_at(s, e))) ++e;
        if (e < s.size()) e += brk;
        write_margin(c, exc_indent(c), exc_margin(c));
        c.out.append(s, pos, e - pos);
        pos = e;
      }
    }
    c.out += "\n";
  }
}

void print_exception(PrintCtx& c, Value value) {
  if (!is_exception_instance(value)) {
    write_margin(c, exc_indent(c), exc_margin(c));
    c.out += std::string("TypeError: print_exception(): Exception expected for value, ") + tname(value) + " found\n";
    return;
  }
  Ref v = Ref::borrow(value);
  print_exception_traceback(c, value);
  Type* type = type_of(value);
  print_exception_file_and_line(c, &v);
  print_exception_message(c, type, v.get());
  print_exception_suggestions(c, v.get());
  c.out += "\n";
  print_exception_notes(c, v.get());
}

void print_exception_recursive(PrintCtx& c, Value value);

void print_chained(PrintCtx& c, Value value, const char* message) {
  bool need_close = c.need_close;
  print_exception_recursive(c, value);
  c.need_close = need_close;
  write_margin(c, exc_indent(c), exc_margin(c));
  c.out += "\n";
  write_margin(c, exc_indent(c), exc_margin(c));
  c.out += message;
  write_margin(c, exc_indent(c), exc_margin(c));
  c.out += "\n";
}

void print_exception_cause_and_context(PrintCtx& c, Value value) {
  c.seen.insert(value.obj());
  if (!is_exception_instance(value)) return;
  BaseException* e = as_exc(value);
  if (e->cause) {
    if (!c.seen.count(e->cause.obj()))
      print_chained(c, e->cause, "The above exception was the direct cause of the following exception:\n");
    return;
  }
  if (e->suppress_context) return;
  if (e->context && !c.seen.count(e->context.obj()))
    print_chained(c, e->context, "During handling of the above exception, another exception occurred:\n");
}

void print_exception_group(PrintCtx& c, Value value) {
  if (c.depth > c.max_depth) {
    write_margin(c, exc_indent(c), exc_margin(c));
    c.out += "... (max_group_depth is " + std::to_string(c.max_depth) + ")\n";
    return;
  }
  if (c.depth == 0) c.depth += 1;
  print_exception(c, value);
  Value ev = as_exc(value)->extra[exc_slot::kEgExcs];
  Tuple* excs = ev && is_tuple(ev) ? as_tuple(ev) : nullptr;
  int64_t num = excs ? excs->size : 0;
  int64_t n = num <= c.max_width ? num : c.max_width + 1;
  c.need_close = false;
  for (int64_t i = 0; i < n; ++i) {
    bool last = i == n - 1;
    if (last) c.need_close = true;
    write_margin(c, exc_indent(c), "");
    bool truncated = i >= c.max_width;
    if (!truncated)
      c.out += std::string(i == 0 ? "+-" : "  ") + "+---------------- " + std::to_string(i + 1) +
               " ----------------\n";
    else
      c.out += std::string(i == 0 ? "+-" : "  ") + "+---------------- ... ----------------\n";
    c.depth += 1;
    if (!truncated) {
      print_exception_recursive(c, excs->items[i]);
    } else {
      int64_t remaining = num - c.max_width;
      write_margin(c, exc_indent(c), exc_margin(c));
      c.out += "and " + std::to_string(remaining) + " more exception" + (remaining > 1 ? "s" : "") + "\n";
    }
    if (last && c.need_close) {
      write_margin(c, exc_indent(c), "+");
      c.out += "------------------------------------\n";
      c.need_close = false;
    }
    c.depth -= 1;
  }
  if (c.depth == 1) c.depth -= 1;
}

void print_exception_recursive(PrintCtx& c, Value value) {
  if (c.nesting > 200) return;  // deeper than any real chain; CPython would hit its recursion limit
  ++c.nesting;
  print_exception_cause_and_context(c, value);
  if (!is_exception_group(value))
    print_exception(c, value);
  else
    print_exception_group(c, value);
  --c.nesting;
}

long traceback_limit(VM& vm, int limit) {
  if (limit >= 0) return limit;
  if (vm.sys && vm.sys->dict) {
    Value v = dict_get_cstr(vm.sys->dict, "tracebacklimit");
    if (v && is_int(v)) {
      bool overflow = false;
      int64_t n = int_as_i64(int_value(v), &overflow);
      if (overflow) return int_sign(v) < 0 ? 0 : 1000000000L;
      return n <= 0 ? 0 : long(n);
    }
  }
  return 1000;
}

}  // namespace

std::string format_exception(VM& vm, Value exc, int limit) {
  return format_exception_limited(vm, exc, traceback_limit(vm, limit), false, true);
}

std::string format_exception_limited(VM& vm, Value exc, long limit, bool limit_from_top, bool suggestions) {
  Object* saved = take_error(vm);
  PrintCtx c(vm);
  c.suggestions = suggestions && vm.offer_suggestions;
  c.limit = limit;
  c.limit_from_top = limit_from_top;
  if (exc) print_exception_recursive(c, exc);
  clear_error(vm);
  restore_error(vm, saved);
  return std::move(c.out);
}

std::string format_exception_only(VM& vm, Value exc, bool suggestions) {
  Object* saved = take_error(vm);
  PrintCtx c(vm);
  c.suggestions = suggestions && vm.offer_suggestions;
  c.limit = 0;
  if (exc) print_exception(c, exc);
  clear_error(vm);
  restore_error(vm, saved);
  return std::move(c.out);
}

std::string format_traceback_entries(VM& vm, Value tb, long limit, bool limit_from_top) {
  Object* saved = take_error(vm);
  PrintCtx c(vm);
  c.limit = limit;
  c.limit_from_top = limit_from_top;
  if (tb && type_of(tb) == &TracebackType) tb_print_internal(c, tb, limit, 0, "");
  clear_error(vm);
  restore_error(vm, saved);
  return std::move(c.out);
}

}  // namespace coil
