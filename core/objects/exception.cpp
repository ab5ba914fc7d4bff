// exception.cpp - BaseException and the builtin exception hierarchy of Python 3.11 (construction,
// repr/str, chaining attributes, notes, and the per-family attributes of OSError, SyntaxError,
// ImportError, the Unicode errors and exception groups).
//
// Sections:
//   1. helpers and allocation
//   2. BaseException (slots, getsets, methods)
//   3. per-family types (StopIteration, SystemExit, ImportError, AttributeError, NameError,
//      OSError, SyntaxError, KeyError, Unicode errors)
//   4. exception groups (new, str, derive/split/subgroup)
//   5. type set-up and exception_new
#include <cinttypes>
#include <cstddef>
#include <cstdio>
#include <string>
#include <vector>

#include "objects/bytes.h"
#include "vm/runtime.h"
#include "vm/slots.h"
#include "vm/traceback.h"

namespace coil {

#define COIL_DEFINE_EXC(name, base) Type name##Type;
COIL_EXCEPTION_TYPES(COIL_DEFINE_EXC)
#undef COIL_DEFINE_EXC

Object* instance_alloc(VM& vm, Type* type);  // objects/object.cpp

// ============================================================== 1. helpers and allocation

bool is_exception_class(Value v) { return is_type(v) && type_has(v.as<Type>(), kTypeExcSubclass); }

bool is_exception_group(Value v) {
  return is_exception_instance(v) && is_subtype(v.obj()->type, &BaseExceptionGroupType);
}

void exception_set_traceback(BaseException* e, Value tb) {
  Value old = e->traceback;
  e->traceback = (tb && !is_none(tb)) ? newref(tb) : Value();
  decref(old);
}

void exception_set_context(BaseException* e, Value ctx) {
  Value old = e->context;
  e->context = (ctx && !is_none(ctx)) ? newref(ctx) : Value();
  decref(old);
}

void exception_set_cause(BaseException* e, Value cause) {
  Value old = e->cause;
  e->cause = (cause && !is_none(cause)) ? newref(cause) : Value();
  e->suppress_context = 1;
  decref(old);
}

namespace {

// Byte offset of a BaseException field (offsetof is only conditionally supported on this layout).
template <class M> uint32_t field_offset(M BaseException::*member) {
  static BaseException probe;
  return uint32_t(reinterpret_cast<char*>(&(probe.*member)) - reinterpret_cast<char*>(&probe));
}

uint32_t extra_offset(int i) { return field_offset(&BaseException::extra) + uint32_t(sizeof(Value)) * uint32_t(i); }

inline void set_extra(BaseException* e, int i, Value v) {  // v borrowed (null allowed)
  Value old = e->extra[i];
  e->extra[i] = v ? newref(v) : Value();
  decref(old);
}

inline Value or_none(Value v) { return v ? newref(v) : new_none(); }

// BaseException_new: allocates an instance of `type` (maybe a subclass) with the given args.
BaseException* exc_alloc(VM& vm, Type* type, Tuple* args) {
  Object* o = instance_alloc(vm, type);
  if (!o) return nullptr;
  BaseException* e = static_cast<BaseException*>(o);
  e->args = args ? newref(args) : tuple_empty();
  return e;
}

Tuple* positional_tuple(Args a) { return tuple_from_array(a.v, a.n); }

bool no_keywords(VM& vm, Value self, Args a) {
  if (a.nkw()) {
    raisef(vm, &TypeErrorType, "%s() takes no keyword arguments", tname(self));
    return false;
  }
  return true;
}

void replace_args(BaseException* e, Tuple* t) {  // steals t
  Tuple* old = e->args;
  e->args = t;
  xdecref(old);
}

bool str_text(VM& vm, Value v, std::string* out) {
  Value s = str_of(vm, v);
  if (!s) return false;
  *out = std::string(as_str(s)->view());
  decref(s);
  return true;
}

bool repr_text(VM& vm, Value v, std::string* out) {
  Value s = repr(vm, v);
  if (!s) return false;
  *out = std::string(as_str(s)->view());
  decref(s);
  return true;
}

int64_t nargs_of(BaseException* e) { return e->args ? e->args->size : 0; }

// PySequence_Check: has __getitem__ and is not a dict.
bool is_sequence(Value v) {
  if (is_dict(v)) return false;
  return type_of(v)->getitem != nullptr;
}

// PyNumber_AsSsize_t(v, ValueError) for characters_written.
bool as_ssize(VM& vm, Value v, int64_t* out) {
  Value i = number_index(vm, v);
  if (!i) return false;
  bool overflow = false;
  int64_t n = int_as_i64(i, &overflow);
  decref(i);
  if (overflow) {
    raisef(vm, &ValueErrorType, "cannot fit 'int' into an index-sized integer");
    return false;
  }
  *out = n;
  return true;
}

}  // namespace

// ============================================================== 2. BaseException

namespace {

Value base_new(VM& vm, Type* type, Args a) {
  Tuple* args = positional_tuple(a);
  BaseException* e = exc_alloc(vm, type, args);
  decref(args);
  return e ? Value(e) : Value();
}

bool base_init(VM& vm, Value self, Args a) {
  if (!no_keywords(vm, self, a)) return false;
  replace_args(as_exc(self), positional_tuple(a));
  return true;
}

void exc_clear(Object* o) {
  BaseException* e = static_cast<BaseException*>(o);
  Dict* d = e->dict;
  e->dict = nullptr;
  xdecref(d);
  Tuple* args = e->args;
  e->args = nullptr;
  xdecref(args);
  Value vals[3] = {e->traceback, e->context, e->cause};
  e->traceback = e->context = e->cause = Value();
  for (Value v : vals) decref(v);
  for (Value& x : e->extra) {
    Value v = x;
    x = Value();
    decref(v);
  }
}

void exc_dealloc(Object* o) {
  if (gc_is_tracked(o)) gc_untrack(o);
  exc_clear(o);
  generic_dealloc(o);
}

void exc_traverse(Object* o, VisitFn visit, void* arg) {
  BaseException* e = static_cast<BaseException*>(o);
  // Heap subclasses: subtype_traverse already visited the dict (same dict_offset).
  if (e->dict && !type_has(o->type, kTypeHeap)) visit(e->dict, arg);
  if (e->args) visit(e->args, arg);
  if (e->traceback.is_obj()) visit(e->traceback.obj(), arg);
  if (e->context.is_obj()) visit(e->context.obj(), arg);
  if (e->cause.is_obj()) visit(e->cause.obj(), arg);
  for (Value v : e->extra)
    if (v.is_obj()) visit(v.obj(), arg);
}

Value base_repr(VM& vm, Value self) {
  BaseException* e = as_exc(self);
  std::string name = type_name(type_of(self));
  std::string inner;
  if (nargs_of(e) == 1) {
    if (!repr_text(vm, e->args->items[0], &inner)) return Value();
    return Value(str_new(name + "(" + inner + ")"));
  }
  Tuple* args = e->args ? newref(e->args) : tuple_empty();
  bool ok = repr_text(vm, Value(args), &inner);
  decref(args);
  if (!ok) return Value();
  return Value(str_new(name + inner));
}

Value base_str(VM& vm, Value self) {
  BaseException* e = as_exc(self);
  switch (nargs_of(e)) {
    case 0:
      return Value(str_empty());
    case 1:
      return str_of(vm, e->args->items[0]);
    default:
      return str_of(vm, Value(e->args));
  }
}

// --- getsets

Value get_args(VM&, Value self) {
  BaseException* e = as_exc(self);
  return e->args ? newref(Value(e->args)) : Value(tuple_empty());
}

bool set_args_attr(VM& vm, Value self, Value v) {
  if (!v) {
    raise(vm, &TypeErrorType, "args may not be deleted");
    return false;
  }
  Tuple* t = tuple_from_iterable(vm, v);
  if (!t) return false;
  replace_args(as_exc(self), t);
  return true;
}

Value get_traceback(VM&, Value self) { return or_none(as_exc(self)->traceback); }

bool set_traceback(VM& vm, Value self, Value v) {
  if (!v) {
    raise(vm, &TypeErrorType, "__traceback__ may not be deleted");
    return false;
  }
  if (!is_none(v) && type_of(v) != &TracebackType) {
    raise(vm, &TypeErrorType, "__traceback__ must be a traceback or None");
    return false;
  }
  exception_set_traceback(as_exc(self), v);
  return true;
}

Value get_context(VM&, Value self) { return or_none(as_exc(self)->context); }

bool set_context(VM& vm, Value self, Value v) {
  if (!v) {
    raise(vm, &TypeErrorType, "__context__ may not be deleted");
    return false;
  }
  if (!is_none(v) && !is_exception_instance(v)) {
    raise(vm, &TypeErrorType, "exception context must be None or derive from BaseException");
    return false;
  }
  exception_set_context(as_exc(self), v);
  return true;
}

Value get_cause(VM&, Value self) { return or_none(as_exc(self)->cause); }

bool set_cause(VM& vm, Value self, Value v) {
  if (!v) {
    raise(vm, &TypeErrorType, "__cause__ may not be deleted");
    return false;
  }
  if (!is_none(v) && !is_exception_instance(v)) {
    raise(vm, &TypeErrorType, "exception cause must be None or derive from BaseException");
    return false;
  }
  exception_set_cause(as_exc(self), v);
  return true;
}

Value get_suppress_context(VM&, Value self) { return new_bool(as_exc(self)->suppress_context != 0); }

bool set_suppress_context(VM& vm, Value self, Value v) {
  if (!v) {
    raise(vm, &TypeErrorType, "can't delete numeric/char attribute");
    return false;
  }
  if (!is_bool(v)) {
    raise(vm, &TypeErrorType, "attribute value type must be bool");
    return false;
  }
  as_exc(self)->suppress_context = v.obj() == g_true ? 1 : 0;
  return true;
}

Value get_dict(VM&, Value self) {
  BaseException* e = as_exc(self);
  if (!e->dict) e->dict = dict_new();
  return newref(Value(e->dict));
}

bool set_dict(VM& vm, Value self, Value v) {
  if (!v) {
    raise(vm, &TypeErrorType, "cannot delete __dict__");
    return false;
  }
  if (!is_dict(v)) {
    raisef(vm, &TypeErrorType, "__dict__ must be set to a dictionary, not a '%s'", tname(v));
    return false;
  }
  BaseException* e = as_exc(self);
  Dict* old = e->dict;
  e->dict = newref(v.as<Dict>());
  xdecref(old);
  return true;
}

const GetSetDef kBaseGetSets[] = {
    {"__dict__", get_dict, set_dict, nullptr},
    {"args", get_args, set_args_attr, nullptr},
    {"__traceback__", get_traceback, set_traceback, nullptr},
    {"__context__", get_context, set_context, "exception context"},
    {"__cause__", get_cause, set_cause, "exception cause"},
    {"__suppress_context__", get_suppress_context, set_suppress_context, nullptr},
    {nullptr, nullptr, nullptr, nullptr}};

// --- methods

Value base_with_traceback(VM& vm, Args a) {
  if (!check_nargs(vm, a, "with_traceback", 2, 2)) return Value();
  if (!set_traceback(vm, a[0], a[1])) return Value();
  return newref(a[0]);
}

Value base_add_note(VM& vm, Args a) {
  if (!check_nargs(vm, a, "add_note", 2, 2)) return Value();
  Value self = a[0], note = a[1];
  if (!is_str(note)) return raisef(vm, &TypeErrorType, "note must be a str, not '%s'", tname(note));
  bool has = false;
  if (!has_attr(vm, self, g_names.notes, &has)) return Value();
  if (!has) {
    List* l = list_new(0);
    bool ok = set_attr(vm, self, g_names.notes, Value(l));
    decref(l);
    if (!ok) return Value();
  }
  Value notes = get_attr(vm, self, g_names.notes);
  if (!notes) return Value();
  if (!is_list(notes)) {
    decref(notes);
    return raise(vm, &TypeErrorType, "Cannot add note: __notes__ is not a list");
  }
  bool ok = list_append(vm, notes.as<List>(), note);
  decref(notes);
  if (!ok) return Value();
  return new_none();
}

Value base_reduce(VM& vm, Args a) {
  if (!check_nargs(vm, a, "__reduce__", 1, 1)) return Value();
  BaseException* e = as_exc(a[0]);
  Value args = e->args ? Value(e->args) : Value();
  Tuple* empty = nullptr;
  if (!args) args = Value(empty = tuple_empty());
  Tuple* r = e->dict ? tuple_of({Value(type_of(a[0])), args, Value(e->dict)}) : tuple_of({Value(type_of(a[0])), args});
  xdecref(empty);
  return Value(r);
}

Value base_setstate(VM& vm, Args a) {
  if (!check_nargs(vm, a, "__setstate__", 2, 2)) return Value();
  Value state = a[1];
  if (is_none(state)) return new_none();
  if (!is_dict(state)) return raise(vm, &TypeErrorType, "state is not a dictionary");
  Dict* d = state.as<Dict>();
  int64_t pos = 0;
  Value k, v;
  while (dict_next(d, &pos, &k, &v)) {
    if (!is_str(k)) return raisef(vm, &TypeErrorType, "attribute name must be string, not '%s'", tname(k));
    incref(k);
    incref(v);
    Str* name = as_str(k);
    Str* key = name->interned ? newref(name) : intern_str(name);
    bool ok = set_attr(vm, a[0], key, v);
    decref(key);
    decref(k);
    decref(v);
    if (!ok) return Value();
  }
  return new_none();
}

const MethodDef kBaseMethods[] = {
    {"with_traceback", base_with_traceback, kMethNoKw,
     "Exception.with_traceback(tb) --\n    set self.__traceback__ to tb and return self.", nullptr},
    {"add_note", base_add_note, kMethNoKw,
     "Exception.add_note(note) --\n    add a note to the exception", nullptr},
    {"__reduce__", base_reduce, kMethNoKw, nullptr, nullptr},
    {"__setstate__", base_setstate, kMethNoKw, nullptr, nullptr},
    {nullptr, nullptr, 0, nullptr, nullptr}};

}  // namespace

// ============================================================== 3. per-family types

namespace {

// Keyword-only arguments of ImportError/AttributeError/NameError ("|$OO:Name").
bool parse_kwonly(VM& vm, Args a, const char* fname, const char* const* names, int nnames, Value* out) {
  for (int i = 0; i < nnames; ++i) out[i] = Value();
  for (uint32_t j = 0; j < a.nkw(); ++j) {
    Str* k = a.kwname(j);
    int found = -1;
    for (int i = 0; i < nnames; ++i)
      if (k->view() == names[i]) found = i;
    if (found < 0) {
      raisef(vm, &TypeErrorType, "'%s' is an invalid keyword argument for %s()", k->data, fname);
      return false;
    }
    out[found] = a.kwvalue(j);
  }
  return true;
}

Args positional_only(Args a) { return Args{a.v, a.n, nullptr}; }

// --- StopIteration / SystemExit

bool stopiteration_init(VM& vm, Value self, Args a) {
  if (!base_init(vm, self, a)) return false;
  set_extra(as_exc(self), exc_slot::kStopValue, a.n > 0 ? a[0] : none());
  return true;
}

bool systemexit_init(VM& vm, Value self, Args a) {
  if (!base_init(vm, self, a)) return false;
  BaseException* e = as_exc(self);
  if (a.n == 0) return true;
  set_extra(e, exc_slot::kExitCode, a.n == 1 ? a[0] : Value(e->args));
  return true;
}

// --- ImportError

bool importerror_init(VM& vm, Value self, Args a) {
  static const char* const kNames[] = {"name", "path"};
  replace_args(as_exc(self), positional_tuple(a));
  Value kw[2];
  if (!parse_kwonly(vm, a, "ImportError", kNames, 2, kw)) return false;
  BaseException* e = as_exc(self);
  set_extra(e, exc_slot::kImportName, kw[0]);
  set_extra(e, exc_slot::kImportPath, kw[1]);
  set_extra(e, exc_slot::kImportMsg, a.n == 1 ? a[0] : Value());
  return true;
}

Value importerror_str(VM& vm, Value self) {
  Value msg = as_exc(self)->extra[exc_slot::kImportMsg];
  if (msg && is_str_exact(msg)) return newref(msg);
  return base_str(vm, self);
}

Value importerror_reduce(VM& vm, Args a) {
  if (!check_nargs(vm, a, "__reduce__", 1, 1)) return Value();
  BaseException* e = as_exc(a[0]);
  Value name = e->extra[exc_slot::kImportName], path = e->extra[exc_slot::kImportPath];
  Value args = e->args ? newref(Value(e->args)) : Value(tuple_empty());
  Dict* state = nullptr;
  if (name || path || e->dict) {
    state = e->dict ? dict_copy(vm, e->dict) : dict_new();
    if (!state) {
      decref(args);
      return Value();
    }
    if (name && !is_none(name)) dict_set_cstr(state, "name", name);
    if (path && !is_none(path)) dict_set_cstr(state, "path", path);
  }
  Tuple* r;
  if (state && state->used)
    r = tuple_of({Value(type_of(a[0])), args, Value(state)});
  else
    r = tuple_of({Value(type_of(a[0])), args});
  xdecref(state);
  decref(args);
  return Value(r);
}

const MethodDef kImportErrorMethods[] = {
    {"__reduce__", importerror_reduce, kMethNoKw, nullptr, nullptr},
    {nullptr, nullptr, 0, nullptr, nullptr}};

// --- AttributeError / NameError

bool attributeerror_init(VM& vm, Value self, Args a) {
  static const char* const kNames[] = {"name", "obj"};
  replace_args(as_exc(self), positional_tuple(a));
  Value kw[2];
  if (!parse_kwonly(vm, a, "AttributeError", kNames, 2, kw)) return false;
  set_extra(as_exc(self), exc_slot::kAttrName, kw[0]);
  set_extra(as_exc(self), exc_slot::kAttrObj, kw[1]);
  return true;
}

bool nameerror_init(VM& vm, Value self, Args a) {
  static const char* const kNames[] = {"name"};
  replace_args(as_exc(self), positional_tuple(a));
  Value kw[1];
  if (!parse_kwonly(vm, a, "NameError", kNames, 1, kw)) return false;
  set_extra(as_exc(self), exc_slot::kNameName, kw[0]);
  return true;
}

// --- KeyError

Value keyerror_str(VM& vm, Value self) {
  BaseException* e = as_exc(self);
  if (nargs_of(e) == 1) return repr(vm, e->args->items[0]);
  return base_str(vm, self);
}

// --- OSError

Value oserror_new(VM& vm, Type* type, Args a);
bool oserror_init(VM& vm, Value self, Args a);

// Linux errno numbers (the values CPython reports on the platform the tests are recorded on).
Type* oserror_subclass_for(int64_t err) {
  switch (err) {
    case 11: case 114: case 115: return &BlockingIOErrorType;  // EAGAIN(=EWOULDBLOCK) EALREADY EINPROGRESS
    case 10: return &ChildProcessErrorType;                    // ECHILD
    case 32: case 108: return &BrokenPipeErrorType;            // EPIPE ESHUTDOWN
    case 103: return &ConnectionAbortedErrorType;              // ECONNABORTED
    case 111: return &ConnectionRefusedErrorType;              // ECONNREFUSED
    case 104: return &ConnectionResetErrorType;                // ECONNRESET
    case 17: return &FileExistsErrorType;                      // EEXIST
    case 2: return &FileNotFoundErrorType;                     // ENOENT
    case 21: return &IsADirectoryErrorType;                    // EISDIR
    case 20: return &NotADirectoryErrorType;                   // ENOTDIR
    case 4: return &InterruptedErrorType;                      // EINTR
    case 13: case 1: return &PermissionErrorType;              // EACCES EPERM
    case 3: return &ProcessLookupErrorType;                    // ESRCH
    case 110: return &TimeoutErrorType;                        // ETIMEDOUT
    default: return nullptr;
  }
}

// When a subclass defines __init__ (but not __new__), argument parsing waits for __init__.
bool oserror_use_init(Type* type) { return type->init != oserror_init && type->new_ == oserror_new; }

struct OSArgs {
  Value myerrno, strerror, filename, winerror, filename2;
};

void oserror_parse(Tuple* args, OSArgs* p) {
  *p = OSArgs{};
  int64_t n = args->size;
  if (n >= 2 && n <= 5) {
    p->myerrno = args->items[0];
    p->strerror = args->items[1];
    if (n >= 3) p->filename = args->items[2];
    if (n >= 4) p->winerror = args->items[3];
    if (n >= 5) p->filename2 = args->items[4];
  }
}

// oserror_init of CPython: stores the attributes; args (owned) may be cut to its first two items.
bool oserror_fill(VM& vm, BaseException* e, Tuple* args, const OSArgs& p) {
  Tuple* final_args = args;
  if (p.filename && !is_none(p.filename)) {
    if (e->type == &BlockingIOErrorType && (type_of(p.filename)->number && (type_of(p.filename)->number->index ||
                                                                           type_of(p.filename)->number->to_int ||
                                                                           type_of(p.filename)->number->to_float))) {
      int64_t n;
      if (!as_ssize(vm, p.filename, &n)) {
        decref(args);
        return false;
      }
      set_extra(e, exc_slot::kWritten, Value::small(n));
    } else {
      set_extra(e, exc_slot::kFilename, p.filename);
      if (p.filename2 && !is_none(p.filename2)) set_extra(e, exc_slot::kFilename2, p.filename2);
      if (args->size >= 2 && args->size <= 5) {
        final_args = tuple_from_array(args->items, 2);
        decref(args);
      }
    }
  }
  set_extra(e, exc_slot::kErrno, p.myerrno);
  set_extra(e, exc_slot::kStrerror, p.strerror);
  replace_args(e, final_args);
  return true;
}

Value oserror_new(VM& vm, Type* type, Args a) {
  Tuple* args = positional_tuple(a);
  OSArgs p;
  bool use_init = oserror_use_init(type);
  if (!use_init) {
    if (a.nkw()) {
      decref(args);
      return raisef(vm, &TypeErrorType, "%s() takes no keyword arguments", type_name(type));
    }
    oserror_parse(args, &p);
    if (p.myerrno && is_int(p.myerrno) && type == &OSErrorType) {
      bool overflow = false;
      int64_t n = int_as_i64(int_value(p.myerrno), &overflow);
      Type* sub = overflow ? nullptr : oserror_subclass_for(n);
      if (sub) type = sub;
    }
  }
  BaseException* e = exc_alloc(vm, type, nullptr);
  if (!e) {
    decref(args);
    return Value();
  }
  if (!use_init) {
    if (!oserror_fill(vm, e, args, p)) {
      decref(e);
      return Value();
    }
  } else {
    decref(args);
  }
  return Value(e);
}

bool oserror_init(VM& vm, Value self, Args a) {
  if (!oserror_use_init(type_of(self))) return true;  // everything was done in __new__
  if (!no_keywords(vm, self, a)) return false;
  Tuple* args = positional_tuple(a);
  OSArgs p;
  oserror_parse(args, &p);
  return oserror_fill(vm, as_exc(self), args, p);
}

Value oserror_str(VM& vm, Value self) {
  BaseException* e = as_exc(self);
  Value err = e->extra[exc_slot::kErrno], msg = e->extra[exc_slot::kStrerror];
  Value fn = e->extra[exc_slot::kFilename], fn2 = e->extra[exc_slot::kFilename2];
  if (fn) {
    std::string s_err, s_msg, r1, r2;
    if (!str_text(vm, err ? err : none(), &s_err) || !str_text(vm, msg ? msg : none(), &s_msg) ||
        !repr_text(vm, fn, &r1))
      return Value();
    if (fn2) {
      if (!repr_text(vm, fn2, &r2)) return Value();
      return Value(str_new("[Errno " + s_err + "] " + s_msg + ": " + r1 + " -> " + r2));
    }
    return Value(str_new("[Errno " + s_err + "] " + s_msg + ": " + r1));
  }
  if (err && msg) {
    std::string s_err, s_msg;
    if (!str_text(vm, err, &s_err) || !str_text(vm, msg, &s_msg)) return Value();
    return Value(str_new("[Errno " + s_err + "] " + s_msg));
  }
  return base_str(vm, self);
}

Value oserror_reduce(VM& vm, Args a) {
  if (!check_nargs(vm, a, "__reduce__", 1, 1)) return Value();
  BaseException* e = as_exc(a[0]);
  Value fn = e->extra[exc_slot::kFilename], fn2 = e->extra[exc_slot::kFilename2];
  Tuple* args;
  if (nargs_of(e) == 2 && fn) {
    if (fn2)
      args = tuple_of({e->args->items[0], e->args->items[1], fn, none(), fn2});
    else
      args = tuple_of({e->args->items[0], e->args->items[1], fn});
  } else {
    args = e->args ? newref(e->args) : tuple_empty();
  }
  Tuple* r = e->dict ? tuple_of({Value(type_of(a[0])), Value(args), Value(e->dict)})
                     : tuple_of({Value(type_of(a[0])), Value(args)});
  decref(args);
  return Value(r);
}

Value oserror_get_written(VM& vm, Value self) {
  Value w = as_exc(self)->extra[exc_slot::kWritten];
  if (!w) return raise(vm, &AttributeErrorType, "characters_written");
  return newref(w);
}

bool oserror_set_written(VM& vm, Value self, Value v) {
  BaseException* e = as_exc(self);
  if (!v) {
    if (!e->extra[exc_slot::kWritten]) {
      raise(vm, &AttributeErrorType, "characters_written");
      return false;
    }
    set_extra(e, exc_slot::kWritten, Value());
    return true;
  }
  int64_t n;
  if (!as_ssize(vm, v, &n)) return false;
  Value iv = int_from_i64(n);
  set_extra(e, exc_slot::kWritten, iv);
  decref(iv);
  return true;
}

const MethodDef kOSErrorMethods[] = {
    {"__reduce__", oserror_reduce, kMethNoKw, nullptr, nullptr},
    {nullptr, nullptr, 0, nullptr, nullptr}};

const GetSetDef kOSErrorGetSets[] = {
    {"characters_written", oserror_get_written, oserror_set_written, nullptr},
    {nullptr, nullptr, nullptr, nullptr}};

// --- SyntaxError

bool syntaxerror_init(VM& vm, Value self, Args a) {
  if (!base_init(vm, self, a)) return false;
  BaseException* e = as_exc(self);
  if (a.n >= 1) set_extra(e, exc_slot::kSynMsg, a[0]);
  if (a.n == 2) {
    Tuple* info = tuple_from_iterable(vm, a[1]);
    if (!info) return false;
    if (info->size < 4 || info->size > 6) {
      raisef(vm, &TypeErrorType, "function takes at %s %d arguments (%d given)", info->size < 4 ? "least" : "most",
             info->size < 4 ? 4 : 6, int(info->size));
      decref(info);
      return false;
    }
    set_extra(e, exc_slot::kSynFilename, info->items[0]);
    set_extra(e, exc_slot::kSynLineno, info->items[1]);
    set_extra(e, exc_slot::kSynOffset, info->items[2]);
    set_extra(e, exc_slot::kSynText, info->items[3]);
    set_extra(e, exc_slot::kSynEndLineno, info->size >= 5 ? info->items[4] : Value());
    set_extra(e, exc_slot::kSynEndOffset, info->size >= 6 ? info->items[5] : Value());
    bool bad = info->size == 5;
    decref(info);
    if (bad) {
      raise(vm, &TypeErrorType, "end_offset must be provided when end_lineno is provided");
      return false;
    }
  }
  return true;
}

Value syntaxerror_str(VM& vm, Value self) {
  BaseException* e = as_exc(self);
  Value msg = e->extra[exc_slot::kSynMsg];
  Value fn = e->extra[exc_slot::kSynFilename];
  Value lineno = e->extra[exc_slot::kSynLineno];
  std::string base;
  bool have_fn = fn && is_str(fn);
  if (have_fn) {
    std::string_view full = as_str(fn)->view();
    std::size_t slash = full.rfind('/');
    base = std::string(slash == std::string_view::npos ? full : full.substr(slash + 1));
  }
  bool have_lineno = lineno && is_int_exact(lineno);
  if (!have_fn && !have_lineno) return str_of(vm, msg ? msg : none());
  std::string m;
  if (!str_text(vm, msg ? msg : none(), &m)) return Value();
  long line = -1;
  if (have_lineno) {
    bool overflow = false;
    int64_t l = int_as_i64(lineno, &overflow);
    line = overflow ? -1 : long(l);
  }
  if (have_fn && have_lineno) return Value(str_new(m + " (" + base + ", line " + std::to_string(line) + ")"));
  if (have_fn) return Value(str_new(m + " (" + base + ")"));
  return Value(str_new(m + " (line " + std::to_string(line) + ")"));
}

Value syntaxerror_get_pfl(VM&, Value self) {
  BaseException* e = as_exc(self);
  Value v = e->dict ? dict_get_cstr(e->dict, "print_file_and_line") : Value();
  return or_none(v);
}

bool syntaxerror_set_pfl(VM&, Value self, Value v) {
  BaseException* e = as_exc(self);
  if (!v) {
    if (e->dict) dict_del_str(e->dict, intern("print_file_and_line"));
    return true;
  }
  if (!e->dict) e->dict = dict_new();
  dict_set_cstr(e->dict, "print_file_and_line", v);
  return true;
}

const GetSetDef kSyntaxErrorGetSets[] = {
    {"print_file_and_line", syntaxerror_get_pfl, syntaxerror_set_pfl, "exception print_file_and_line"},
    {nullptr, nullptr, nullptr, nullptr}};

// --- Unicode errors

bool check_str_arg(VM& vm, Value v, int pos) {
  if (!is_str(v)) {
    raisef(vm, &TypeErrorType, "argument %d must be str, not %s", pos, tname(v));
    return false;
  }
  return true;
}

// format "UOnnU" (encode/decode) or "UnnU" (translate)
bool unicode_error_init(VM& vm, Value self, Args a, int kind) {  // 0 encode, 1 decode, 2 translate
  if (!base_init(vm, self, a)) return false;
  BaseException* e = as_exc(self);
  uint32_t want = kind == 2 ? 4 : 5;
  if (a.n != want) {
    raisef(vm, &TypeErrorType, "function takes exactly %u arguments (%u given)", want, a.n);
    return false;
  }
  uint32_t k = 0;
  Value encoding;
  if (kind != 2) {
    encoding = a[k++];
    if (!check_str_arg(vm, encoding, 1)) return false;
  }
  Value object = a[k++];
  if (kind != 1 && !check_str_arg(vm, object, int(k))) return false;
  int64_t start, end;
  if (!ssize_arg(vm, a[k++], &start) || !ssize_arg(vm, a[k++], &end)) return false;
  Value reason = a[k++];
  if (!check_str_arg(vm, reason, int(k))) return false;
  Ref obj = Ref::borrow(object);
  if (kind == 1 && !is_bytes_exact(object)) {
    const char* data;
    int64_t size;
    std::string scratch;
    if (!get_buffer(vm, object, &data, &size, &scratch)) return false;
    Value b = bytes_from(vm, data, size);
    if (!b) return false;
    obj = Ref(b);
  }
  set_extra(e, exc_slot::kUniEncoding, encoding);
  set_extra(e, exc_slot::kUniObject, obj.get());
  Value vs = int_from_i64(start), ve = int_from_i64(end);
  set_extra(e, exc_slot::kUniStart, vs);
  set_extra(e, exc_slot::kUniEnd, ve);
  decref(vs);
  decref(ve);
  set_extra(e, exc_slot::kUniReason, reason);
  return true;
}

bool unicode_encode_init(VM& vm, Value self, Args a) { return unicode_error_init(vm, self, a, 0); }
bool unicode_decode_init(VM& vm, Value self, Args a) { return unicode_error_init(vm, self, a, 1); }
bool unicode_translate_init(VM& vm, Value self, Args a) { return unicode_error_init(vm, self, a, 2); }

int64_t extra_i64(BaseException* e, int i) {
  Value v = e->extra[i];
  if (!v) return 0;
  bool overflow = false;
  return int_as_i64(v, &overflow);
}

std::string char_escape(uint32_t c) {
  char buf[16];
  if (c <= 0xff)
    std::snprintf(buf, sizeof buf, "\\x%02x", c);
  else if (c <= 0xffff)
    std::snprintf(buf, sizeof buf, "\\u%04x", c);
  else
    std::snprintf(buf, sizeof buf, "\\U%08x", c);
  return buf;
}

Value unicode_error_str(VM& vm, Value self, int kind) {
  BaseException* e = as_exc(self);
  Value object = e->extra[exc_slot::kUniObject];
  if (!object) return Value(str_empty());
  std::string reason, encoding;
  if (!str_text(vm, e->extra[exc_slot::kUniReason] ? e->extra[exc_slot::kUniReason] : none(), &reason))
    return Value();
  if (kind != 2 && !str_text(vm, e->extra[exc_slot::kUniEncoding] ? e->extra[exc_slot::kUniEncoding] : none(),
                             &encoding))
    return Value();
  int64_t start = extra_i64(e, exc_slot::kUniStart), end = extra_i64(e, exc_slot::kUniEnd);
  int64_t len = 0;
  if (kind == 1) {
    if (is_bytes(object)) len = as_bytes(object)->size;
  } else if (is_str(object)) {
    len = int64_t(as_str(object)->length);
  }
  char buf[160];
  if (start >= 0 && start < len && end == start + 1) {
    if (kind == 1) {
      int byte = int(uint8_t(as_bytes(object)->data[start]));
      std::snprintf(buf, sizeof buf, "0x%02x in position %" PRId64 ": ", byte, start);
      return Value(str_new("'" + encoding + "' codec can't decode byte " + buf + reason));
    }
    uint32_t c = str_char_at(as_str(object), uint64_t(start));
    std::snprintf(buf, sizeof buf, " in position %" PRId64 ": ", start);
    if (kind == 0)
      return Value(str_new("'" + encoding + "' codec can't encode character '" + char_escape(c) + "'" + buf + reason));
    return Value(str_new("can't translate character '" + char_escape(c) + "'" + buf + reason));
  }
  std::snprintf(buf, sizeof buf, "in position %" PRId64 "-%" PRId64 ": ", start, end - 1);
  if (kind == 0) return Value(str_new("'" + encoding + "' codec can't encode characters " + buf + reason));
  if (kind == 1) return Value(str_new("'" + encoding + "' codec can't decode bytes " + buf + reason));
  return Value(str_new(std::string("can't translate characters ") + buf + reason));
}

Value unicode_encode_str(VM& vm, Value self) { return unicode_error_str(vm, self, 0); }
Value unicode_decode_str(VM& vm, Value self) { return unicode_error_str(vm, self, 1); }
Value unicode_translate_str(VM& vm, Value self) { return unicode_error_str(vm, self, 2); }

Value uni_get_start(VM&, Value self) {
  Value v = as_exc(self)->extra[exc_slot::kUniStart];
  return v ? newref(v) : Value::small(0);
}
Value uni_get_end(VM&, Value self) {
  Value v = as_exc(self)->extra[exc_slot::kUniEnd];
  return v ? newref(v) : Value::small(0);
}
bool uni_set_index(VM& vm, Value self, Value v, int slot) {
  if (!v) {
    raise(vm, &TypeErrorType, "can't delete numeric/char attribute");
    return false;
  }
  if (!is_int(v)) {
    raise(vm, &TypeErrorType, "an integer is required");
    return false;
  }
  bool overflow = false;
  int_as_i64(int_value(v), &overflow);
  if (overflow) {
    raise(vm, &OverflowErrorType, "Python int too large to convert to C ssize_t");
    return false;
  }
  set_extra(as_exc(self), slot, int_value(v));
  return true;
}
bool uni_set_start(VM& vm, Value self, Value v) { return uni_set_index(vm, self, v, exc_slot::kUniStart); }
bool uni_set_end(VM& vm, Value self, Value v) { return uni_set_index(vm, self, v, exc_slot::kUniEnd); }

const GetSetDef kUnicodeErrorGetSets[] = {
    {"start", uni_get_start, uni_set_start, "exception start"},
    {"end", uni_get_end, uni_set_end, "exception end"},
    {nullptr, nullptr, nullptr, nullptr}};

}  // namespace

// ============================================================== 4. exception groups

namespace {

Value eg_new(VM& vm, Type* type, Args a) {
  if (a.n != 2)
    return raisef(vm, &TypeErrorType, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%u given)", a.n);
  Value message = a[0], seq = a[1];
  if (!is_str(message))
    return raisef(vm, &TypeErrorType, "BaseExceptionGroup.__new__() argument 1 must be str, not %s", tname(message));
  if (!is_sequence(seq)) return raise(vm, &TypeErrorType, "second argument (exceptions) must be a sequence");
  Tuple* excs = tuple_from_iterable(vm, seq);
  if (!excs) return Value();
  Ref hold(Value{excs});
  if (excs->size == 0) return raise(vm, &ValueErrorType, "second argument (exceptions) must be a non-empty sequence");
  bool nested_base = false;
  for (int64_t i = 0; i < excs->size; ++i) {
    Value x = excs->items[i];
    if (!is_exception_instance(x))
      return raisef(vm, &ValueErrorType, "Item %d of second argument (exceptions) is not an exception", int(i));
    if (!is_subtype(x.obj()->type, &ExceptionType)) nested_base = true;
  }
  Type* cls = type;
  if (cls == &ExceptionGroupType) {
    if (nested_base) return raise(vm, &TypeErrorType, "Cannot nest BaseExceptions in an ExceptionGroup");
  } else if (cls == &BaseExceptionGroupType) {
    if (!nested_base) cls = &ExceptionGroupType;
  } else if (nested_base && is_subtype(cls, &ExceptionType)) {
    return raisef(vm, &TypeErrorType, "Cannot nest BaseExceptions in '%s'", type_name(cls));
  }
  Tuple* args = positional_tuple(a);
  BaseException* e = exc_alloc(vm, cls, args);
  decref(args);
  if (!e) return Value();
  set_extra(e, exc_slot::kEgMsg, message);
  set_extra(e, exc_slot::kEgExcs, Value(excs));
  return Value(e);
}

bool eg_init(VM& vm, Value self, Args a) { return base_init(vm, self, a); }

Value eg_str(VM& vm, Value self) {
  BaseException* e = as_exc(self);
  std::string msg;
  if (!str_text(vm, e->extra[exc_slot::kEgMsg] ? e->extra[exc_slot::kEgMsg] : none(), &msg)) return Value();
  Value ex = e->extra[exc_slot::kEgExcs];
  int64_t n = ex ? ex.as<Tuple>()->size : 0;
  return Value(str_new(msg + " (" + std::to_string(n) + " sub-exception" + (n > 1 ? "s" : "") + ")"));
}

Value eg_derive(VM& vm, Args a) {
  if (a.n != 2) return raisef(vm, &TypeErrorType, "function takes exactly 1 argument (%u given)", a.n - 1);
  BaseException* e = as_exc(a[0]);
  Value msg = e->extra[exc_slot::kEgMsg] ? e->extra[exc_slot::kEgMsg] : none();
  return call2(vm, Value(&BaseExceptionGroupType), msg, a[1]);
}

enum class Matcher { ByType, ByPredicate, ByIds };

bool matcher_type(VM& vm, Value v, Matcher* out) {
  if (type_of(v) == &FunctionType) {
    *out = Matcher::ByPredicate;
    return true;
  }
  if (is_exception_class(v)) {
    *out = Matcher::ByType;
    return true;
  }
  if (is_tuple_exact(v)) {
    Tuple* t = v.as<Tuple>();
    bool ok = true;
    for (int64_t i = 0; i < t->size; ++i)
      if (!is_exception_class(t->items[i])) ok = false;
    if (ok) {
      *out = Matcher::ByType;
      return true;
    }
  }
  raise(vm, &TypeErrorType, "expected a function, exception type or tuple of exception types");
  return false;
}

struct LeafIds {
  std::vector<Object*> ids;
  bool contains(Object* o) const {
    for (Object* x : ids)
      if (x == o) return true;
    return false;
  }
};

int check_match(VM& vm, Value exc, Matcher m, Value mv, const LeafIds* ids) {
  switch (m) {
    case Matcher::ByType:
      return exception_matches(exc, mv) ? 1 : 0;
    case Matcher::ByPredicate: {
      Value r = call1(vm, mv, exc);
      if (!r) return -1;
      int t = truthy(vm, r);
      decref(r);
      return t;
    }
    case Matcher::ByIds:
      return ids->contains(exc.obj()) ? 1 : 0;
  }
  return 0;
}

// exceptiongroup_subset: orig.derive(excs) with orig's traceback, context, cause and notes.
bool eg_subset(VM& vm, Value orig, List* excs, Value* result) {
  *result = Value();
  if (excs->size == 0) return true;
  Value eg = call_method1(vm, orig, intern("derive"), Value(excs));
  if (!eg) return false;
  if (!is_exception_group(eg)) {
    decref(eg);
    raise(vm, &TypeErrorType, "derive must return an instance of BaseExceptionGroup");
    return false;
  }
  BaseException* o = as_exc(orig);
  BaseException* n = as_exc(eg);
  if (o->traceback) exception_set_traceback(n, o->traceback);
  exception_set_context(n, o->context);
  exception_set_cause(n, o->cause);
  Value notes = get_attr_opt(vm, orig, g_names.notes);
  if (!notes && vm.exc) {
    decref(eg);
    return false;
  }
  if (notes) {
    if (is_sequence(notes)) {
      List* copy = list_from_iterable(vm, notes);
      decref(notes);
      if (!copy) {
        decref(eg);
        return false;
      }
      bool ok = set_attr(vm, eg, g_names.notes, Value(copy));
      decref(copy);
      if (!ok) {
        decref(eg);
        return false;
      }
    } else {
      decref(notes);
    }
  }
  *result = eg;
  return true;
}

bool eg_split_recursive(VM& vm, Value exc, Matcher m, Value mv, const LeafIds* ids, bool construct_rest,
                        Value* match, Value* rest) {
  *match = Value();
  *rest = Value();
  int is_match = check_match(vm, exc, m, mv, ids);
  if (is_match < 0) return false;
  if (is_match) {
    *match = newref(exc);
    return true;
  }
  if (!is_exception_group(exc)) {
    if (construct_rest) *rest = newref(exc);
    return true;
  }
  Value ev = as_exc(exc)->extra[exc_slot::kEgExcs];
  Tuple* excs = ev ? ev.as<Tuple>() : nullptr;
  Ref match_list(Value(list_new(0)));
  Ref rest_list(construct_rest ? Value(list_new(0)) : Value());
  int64_t n = excs ? excs->size : 0;
  for (int64_t i = 0; i < n; ++i) {
    if (!enter_recursion(vm, " in exceptiongroup_split_recursive")) return false;
    Value rm, rr;
    bool ok = eg_split_recursive(vm, excs->items[i], m, mv, ids, construct_rest, &rm, &rr);
    leave_recursion(vm);
    if (!ok) return false;
    if (rm) {
      list_append(vm, match_list.as<List>(), rm);
      decref(rm);
    }
    if (rr) {
      list_append(vm, rest_list.as<List>(), rr);
      decref(rr);
    }
  }
  if (!eg_subset(vm, exc, match_list.as<List>(), match)) return false;
  if (construct_rest && !eg_subset(vm, exc, rest_list.as<List>(), rest)) {
    decref(*match);
    *match = Value();
    return false;
  }
  return true;
}

Value eg_split_impl(VM& vm, Args a, const char* name, bool construct_rest) {
  if (a.n != 2) return raisef(vm, &TypeErrorType, "%s expected 1 argument, got %u", name, a.n - 1);
  Matcher m;
  if (!matcher_type(vm, a[1], &m)) return Value();
  Value match, rest;
  if (!eg_split_recursive(vm, a[0], m, a[1], nullptr, construct_rest, &match, &rest)) return Value();
  if (!construct_rest) return match ? match : new_none();
  Tuple* r = tuple_new(2);
  r->items[0] = match ? match : new_none();
  r->items[1] = rest ? rest : new_none();
  return Value(r);
}

Value eg_split(VM& vm, Args a) { return eg_split_impl(vm, a, "split", true); }
Value eg_subgroup(VM& vm, Args a) { return eg_split_impl(vm, a, "subgroup", false); }

Value eg_class_getitem(VM& vm, Args a) {
  (void)vm;
  // TODO(types.GenericAlias): CPython returns ExceptionGroup[...] as a GenericAlias.
  return newref(a[0]);
}

const MethodDef kEgMethods[] = {
    {"__class_getitem__", eg_class_getitem, kMethClass | kMethNoKw, "See PEP 585", nullptr},
    {"derive", eg_derive, kMethNoKw, nullptr, nullptr},
    {"split", eg_split, kMethNoKw, nullptr, nullptr},
    {"subgroup", eg_subgroup, kMethNoKw, nullptr, nullptr},
    {nullptr, nullptr, 0, nullptr, nullptr}};

}  // namespace

Value exception_group_create(VM& vm, Str* msg, Value excs) {
  return call2(vm, Value(&BaseExceptionGroupType), Value(msg), excs);
}

// Used by the VM's except* support (vm/exception_groups.cpp): the subgroup of `eg` made of the
// leaves whose identity is in `leaves` (None if empty). New reference or null + error.
Value exception_group_project(VM& vm, Value eg, const std::vector<Object*>& leaves) {
  LeafIds ids{leaves};
  Value match, rest;
  if (!eg_split_recursive(vm, eg, Matcher::ByIds, Value(), &ids, false, &match, &rest)) return Value();
  return match ? match : new_none();
}

// ============================================================== 5. type set-up

namespace {

MemberDef make_member(const char* name, int slot, bool readonly, const char* doc) {
  return MemberDef{name, readonly ? kMemberObjectReadOnly : kMemberObject, extra_offset(slot), doc};
}

MemberDef kStopIterationMembers[2], kSystemExitMembers[2], kImportErrorMembers[4], kAttributeErrorMembers[3],
    kNameErrorMembers[2], kOSErrorMembers[5], kSyntaxErrorMembers[8], kUnicodeErrorMembers[4], kEgMembers[3];

const MemberDef kEnd{nullptr, kMemberObject, 0, nullptr};

void init_member_tables() {
  using namespace exc_slot;
  kStopIterationMembers[0] = make_member("value", kStopValue, false, "generator return value");
  kStopIterationMembers[1] = kEnd;
  kSystemExitMembers[0] = make_member("code", kExitCode, false, "exception code");
  kSystemExitMembers[1] = kEnd;
  kImportErrorMembers[0] = make_member("msg", kImportMsg, false, "exception message");
  kImportErrorMembers[1] = make_member("name", kImportName, false, "module name");
  kImportErrorMembers[2] = make_member("path", kImportPath, false, "module path");
  kImportErrorMembers[3] = kEnd;
  kAttributeErrorMembers[0] = make_member("name", kAttrName, false, "attribute name");
  kAttributeErrorMembers[1] = make_member("obj", kAttrObj, false, "object");
  kAttributeErrorMembers[2] = kEnd;
  kNameErrorMembers[0] = make_member("name", kNameName, false, "name");
  kNameErrorMembers[1] = kEnd;
  kOSErrorMembers[0] = make_member("errno", kErrno, false, "POSIX exception code");
  kOSErrorMembers[1] = make_member("strerror", kStrerror, false, "exception strerror");
  kOSErrorMembers[2] = make_member("filename", kFilename, false, "exception filename");
  kOSErrorMembers[3] = make_member("filename2", kFilename2, false, "second exception filename");
  kOSErrorMembers[4] = kEnd;
  kSyntaxErrorMembers[0] = make_member("msg", kSynMsg, false, "exception msg");
  kSyntaxErrorMembers[1] = make_member("filename", kSynFilename, false, "exception filename");
  kSyntaxErrorMembers[2] = make_member("lineno", kSynLineno, false, "exception lineno");
  kSyntaxErrorMembers[3] = make_member("offset", kSynOffset, false, "exception offset");
  kSyntaxErrorMembers[4] = make_member("text", kSynText, false, "exception text");
  kSyntaxErrorMembers[5] = make_member("end_lineno", kSynEndLineno, false, "exception end lineno");
  kSyntaxErrorMembers[6] = make_member("end_offset", kSynEndOffset, false, "exception end offset");
  kSyntaxErrorMembers[7] = kEnd;
  kUnicodeErrorMembers[0] = make_member("encoding", kUniEncoding, false, "exception encoding");
  kUnicodeErrorMembers[1] = make_member("object", kUniObject, false, "exception object");
  kUnicodeErrorMembers[2] = make_member("reason", kUniReason, false, "exception reason");
  kUnicodeErrorMembers[3] = kEnd;
  kEgMembers[0] = make_member("message", kEgMsg, true, "exception message");
  kEgMembers[1] = make_member("exceptions", kEgExcs, true, "nested exceptions");
  kEgMembers[2] = kEnd;
}

struct ExcDoc {
  Type* type;
  const char* doc;
};

const ExcDoc kDocs[] = {
    {&BaseExceptionType, "Common base class for all exceptions"},
    {&BaseExceptionGroupType, "A combination of multiple unrelated exceptions."},
    {&GeneratorExitType, "Request that a generator exit."},
    {&KeyboardInterruptType, "Program interrupted by user."},
    {&SystemExitType, "Request to exit from the interpreter."},
    {&ExceptionType, "Common base class for all non-exit exceptions."},
    {&ArithmeticErrorType, "Base class for arithmetic errors."},
    {&FloatingPointErrorType, "Floating point operation failed."},
    {&OverflowErrorType, "Result too large to be represented."},
    {&ZeroDivisionErrorType, "Second argument to a division or modulo operation was zero."},
    {&AssertionErrorType, "Assertion failed."},
    {&AttributeErrorType, "Attribute not found."},
    {&BufferErrorType, "Buffer error."},
    {&EOFErrorType, "Read beyond end of file."},
    {&ImportErrorType, "Import can't find module, or can't find name in module."},
    {&ModuleNotFoundErrorType, "Module not found."},
    {&LookupErrorType, "Base class for lookup errors."},
    {&IndexErrorType, "Sequence index out of range."},
    {&KeyErrorType, "Mapping key not found."},
    {&MemoryErrorType, "Out of memory."},
    {&NameErrorType, "Name not found globally."},
    {&UnboundLocalErrorType, "Local name referenced but not bound to a value."},
    {&OSErrorType, "Base class for I/O related errors."},
    {&BlockingIOErrorType, "I/O operation would block."},
    {&ChildProcessErrorType, "Child process error."},
    {&ConnectionErrorType, "Connection error."},
    {&BrokenPipeErrorType, "Broken pipe."},
    {&ConnectionAbortedErrorType, "Connection aborted."},
    {&ConnectionRefusedErrorType, "Connection refused."},
    {&ConnectionResetErrorType, "Connection reset."},
    {&FileExistsErrorType, "File already exists."},
    {&FileNotFoundErrorType, "File not found."},
    {&InterruptedErrorType, "Interrupted by signal."},
    {&IsADirectoryErrorType, "Operation doesn't work on directories."},
    {&NotADirectoryErrorType, "Operation only works on directories."},
    {&PermissionErrorType, "Not enough permissions."},
    {&ProcessLookupErrorType, "Process not found."},
    {&TimeoutErrorType, "Timeout expired."},
    {&ReferenceErrorType, "Weak ref proxy used after referent went away."},
    {&RuntimeErrorType, "Unspecified run-time error."},
    {&NotImplementedErrorType, "Method or function hasn't been implemented yet."},
    {&RecursionErrorType, "Recursion limit exceeded."},
    {&StopAsyncIterationType, "Signal the end from iterator.__anext__()."},
    {&StopIterationType, "Signal the end from iterator.__next__()."},
    {&SyntaxErrorType, "Invalid syntax."},
    {&IndentationErrorType, "Improper indentation."},
    {&TabErrorType, "Improper mixture of spaces and tabs."},
    {&SystemErrorType,
     "Internal error in the Python interpreter.\n\nPlease report this to the Python maintainer, along with the "
     "traceback,\nthe Python version, and the hardware/OS platform and version."},
    {&TypeErrorType, "Inappropriate argument type."},
    {&ValueErrorType, "Inappropriate argument value (of correct type)."},
    {&UnicodeErrorType, "Unicode related error."},
    {&UnicodeDecodeErrorType, "Unicode decoding error."},
    {&UnicodeEncodeErrorType, "Unicode encoding error."},
    {&UnicodeTranslateErrorType, "Unicode translation error."},
    {&WarningType, "Base class for warning categories."},
    {&BytesWarningType,
     "Base class for warnings about bytes and buffer related problems, mostly\nrelated to conversion from str or "
     "comparing to str."},
    {&DeprecationWarningType, "Base class for warnings about deprecated features."},
    {&EncodingWarningType, "Base class for warnings about encodings."},
    {&FutureWarningType,
     "Base class for warnings about constructs that will change semantically\nin the future."},
    {&ImportWarningType, "Base class for warnings about probable mistakes in module imports"},
    {&PendingDeprecationWarningType,
     "Base class for warnings about features which will be deprecated\nin the future."},
    {&ResourceWarningType, "Base class for warnings about resource usage."},
    {&RuntimeWarningType, "Base class for warnings about dubious runtime behavior."},
    {&SyntaxWarningType, "Base class for warnings about dubious syntax."},
    {&UnicodeWarningType, "Base class for warnings about Unicode related problems, mostly\nrelated to conversion problems."},
    {&UserWarningType, "Base class for warnings generated by user code."},
};

}  // namespace

void init_exception_types() {
  init_member_tables();
#define COIL_INIT_EXC(name, base) \
  static_type_init(&name##Type, #name, sizeof(BaseException), nullptr, \
                   kTypeBaseType | kTypeHasGC | kTypeExcSubclass);
  COIL_EXCEPTION_TYPES(COIL_INIT_EXC)
#undef COIL_INIT_EXC
  // Bases (the X-macro lists BaseException's base as nullptr, meaning object).
  struct BaseOf {
    Type* t;
    Type* b;
  };
#define COIL_PAIR(name, base) {&name##Type, COIL_EXC_BASE_PTR(base)},
#define COIL_EXC_BASE_PTR(base) COIL_EXC_BASE_PTR_##base
#define COIL_EXC_BASE_PTR_nullptr (&ObjectType)
#define COIL_EXC_BASE_PTR_BaseException (&BaseExceptionType)
#define COIL_EXC_BASE_PTR_Exception (&ExceptionType)
#define COIL_EXC_BASE_PTR_ArithmeticError (&ArithmeticErrorType)
#define COIL_EXC_BASE_PTR_ImportError (&ImportErrorType)
#define COIL_EXC_BASE_PTR_LookupError (&LookupErrorType)
#define COIL_EXC_BASE_PTR_NameError (&NameErrorType)
#define COIL_EXC_BASE_PTR_OSError (&OSErrorType)
#define COIL_EXC_BASE_PTR_ConnectionError (&ConnectionErrorType)
#define COIL_EXC_BASE_PTR_RuntimeError (&RuntimeErrorType)
#define COIL_EXC_BASE_PTR_SyntaxError (&SyntaxErrorType)
#define COIL_EXC_BASE_PTR_IndentationError (&IndentationErrorType)
#define COIL_EXC_BASE_PTR_ValueError (&ValueErrorType)
#define COIL_EXC_BASE_PTR_UnicodeError (&UnicodeErrorType)
#define COIL_EXC_BASE_PTR_Warning (&WarningType)
  static const BaseOf kBases[] = {COIL_EXCEPTION_TYPES(COIL_PAIR)};
  for (const BaseOf& p : kBases) p.t->base = p.b;

  for (const ExcDoc& d : kDocs) d.type->cdoc = d.doc;

  // BaseException: everything inherits these slots.
  Type* t = &BaseExceptionType;
  t->dict_offset = int32_t(field_offset(&BaseException::dict));
  t->new_ = base_new;
  t->init = base_init;
  t->dealloc = exc_dealloc;
  t->traverse = exc_traverse;
  t->clear = exc_clear;
  t->repr = base_repr;
  t->str = base_str;
  t->getattr = generic_getattr;
  t->setattr = generic_setattr;
  t->methods = kBaseMethods;
  t->getsets = kBaseGetSets;

  // BaseExceptionGroup; ExceptionGroup derives from it and from Exception (MRO fixed below).
  t = &BaseExceptionGroupType;
  t->new_ = eg_new;
  t->init = eg_init;
  t->str = eg_str;
  t->methods = kEgMethods;
  t->members = kEgMembers;
  t = &ExceptionGroupType;
  t->base = &BaseExceptionGroupType;
  t->new_ = eg_new;
  t->init = eg_init;
  t->str = eg_str;

  StopIterationType.init = stopiteration_init;
  StopIterationType.members = kStopIterationMembers;
  SystemExitType.init = systemexit_init;
  SystemExitType.members = kSystemExitMembers;

  ImportErrorType.init = importerror_init;
  ImportErrorType.str = importerror_str;
  ImportErrorType.members = kImportErrorMembers;
  ImportErrorType.methods = kImportErrorMethods;

  AttributeErrorType.init = attributeerror_init;
  AttributeErrorType.members = kAttributeErrorMembers;
  NameErrorType.init = nameerror_init;
  NameErrorType.members = kNameErrorMembers;

  KeyErrorType.str = keyerror_str;

  OSErrorType.new_ = oserror_new;
  OSErrorType.init = oserror_init;
  OSErrorType.str = oserror_str;
  OSErrorType.members = kOSErrorMembers;
  OSErrorType.methods = kOSErrorMethods;
  OSErrorType.getsets = kOSErrorGetSets;

  SyntaxErrorType.init = syntaxerror_init;
  SyntaxErrorType.str = syntaxerror_str;
  SyntaxErrorType.members = kSyntaxErrorMembers;
  SyntaxErrorType.getsets = kSyntaxErrorGetSets;

  for (Type* u : {&UnicodeEncodeErrorType, &UnicodeDecodeErrorType, &UnicodeTranslateErrorType}) {
    u->members = kUnicodeErrorMembers;
    u->getsets = kUnicodeErrorGetSets;
  }
  UnicodeEncodeErrorType.init = unicode_encode_init;
  UnicodeEncodeErrorType.str = unicode_encode_str;
  UnicodeDecodeErrorType.init = unicode_decode_init;
  UnicodeDecodeErrorType.str = unicode_decode_str;
  UnicodeTranslateErrorType.init = unicode_translate_init;
  UnicodeTranslateErrorType.str = unicode_translate_str;
}

// ExceptionGroup has two bases (BaseExceptionGroup, Exception): type_ready gives static types a
// single-inheritance MRO, so this fixes __bases__/__mro__ afterwards. Call after type_ready.
void exception_types_ready() {
  Type* t = &ExceptionGroupType;
  Tuple* bases = tuple_of({Value(&BaseExceptionGroupType), Value(&ExceptionType)});
  Tuple* old = t->bases;
  t->bases = bases;
  xdecref(old);
  Tuple* mro = tuple_of({Value(&ExceptionGroupType), Value(&BaseExceptionGroupType), Value(&ExceptionType),
                         Value(&BaseExceptionType), Value(&ObjectType)});
  Tuple* old_mro = t->mro;
  t->mro = mro;
  xdecref(old_mro);
  type_add_subclass(&ExceptionType, t);
  type_modified(t);
}

void add_exception_builtins(Dict* builtins) {
#define COIL_ADD_EXC(name, base) dict_set_cstr(builtins, #name, Value(&name##Type));
  COIL_EXCEPTION_TYPES(COIL_ADD_EXC)
#undef COIL_ADD_EXC
  dict_set_cstr(builtins, "EnvironmentError", Value(&OSErrorType));
  dict_set_cstr(builtins, "IOError", Value(&OSErrorType));
}

Value exception_new(VM& vm, Type* type, Tuple* args) {
  Args a{args->items, uint32_t(args->size), nullptr};
  if (type_has(type, kTypeHeap)) return call(vm, Value(type), a);
  Value e = type->new_(vm, type, a);
  if (!e) return Value();
  Type* et = type_of(e);
  if (is_subtype(et, type) && et->init && !et->init(vm, e, a)) {
    decref(e);
    return Value();
  }
  return e;
}

}  // namespace coil
