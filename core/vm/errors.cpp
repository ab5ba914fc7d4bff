// errors.cpp - raising, matching and clearing exceptions from C++.
#include "vm/errors.h"

#include <cstdio>

#include "vm/runtime.h"

namespace coil {

std::string vformat_str(const char* fmt, va_list ap) {
  char buf[512];
  va_list ap2;
  va_copy(ap2, ap);
  int n = std::vsnprintf(buf, sizeof buf, fmt, ap);
  if (n < 0) {
    va_end(ap2);
    return std::string();
  }
  if (size_t(n) < sizeof buf) {
    va_end(ap2);
    return std::string(buf, size_t(n));
  }
  std::string s(size_t(n) + 1, '\0');
  std::vsnprintf(&s[0], s.size(), fmt, ap2);
  va_end(ap2);
  s.resize(size_t(n));
  return s;
}

std::string format_str(const char* fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  std::string s = vformat_str(fmt, ap);
  va_end(ap);
  return s;
}

void restore_error(VM& vm, Object* exc) {
  Object* old = vm.exc;
  vm.exc = exc;
  if (old) decref(old);
}

Object* take_error(VM& vm) {
  Object* e = vm.exc;
  vm.exc = nullptr;
  return e;
}

void clear_error(VM& vm) { restore_error(vm, nullptr); }

// Sets __context__ of a newly raised exception to the exception being handled (implicit chaining).
static void chain_context(VM& vm, Object* exc) {
  Value handled;
  for (ExcInfo* e = vm.task ? vm.task->exc_info : nullptr; e; e = e->prev) {
    if (e->exc) {
      handled = e->exc;
      break;
    }
  }
  if (!handled || handled.obj() == exc) return;
  BaseException* be = reinterpret_cast<BaseException*>(exc);
  // Avoid creating a cycle through the context chain (Floyd's algorithm guards against a
  // chain that already loops).
  Value o = handled, slow = handled;
  bool toggle = false;
  for (;;) {
    Value ctx = o.as<BaseException>()->context;
    if (!ctx) break;
    if (ctx.obj() == exc) {
      BaseException* h = o.as<BaseException>();
      h->context = Value();
      decref(ctx);
      break;
    }
    o = ctx;
    if (o == slow) break;
    if (toggle) slow = slow.as<BaseException>()->context;
    toggle = !toggle;
  }
  Value old = be->context;
  be->context = newref(handled);
  decref(old);
}

Value raise_exc(VM& vm, Value exc) {
  incref(exc);
  chain_context(vm, exc.obj());
  restore_error(vm, exc.obj());
  return Value();
}

Value raise_args(VM& vm, Type* type, Tuple* args) {
  Value e = exception_new(vm, type, args);
  if (!e) return Value();
  raise_exc(vm, e);
  decref(e);
  return Value();
}

Value raise(VM& vm, Type* type, std::string_view msg) {
  Str* s = str_new(msg);
  Tuple* args = tuple_of({Value(s)});
  decref(s);
  raise_args(vm, type, args);
  decref(args);
  return Value();
}

Value raisef(VM& vm, Type* type, const char* fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  std::string s = vformat_str(fmt, ap);
  va_end(ap);
  return raise(vm, type, s);
}

Value raise_memory_error(VM& vm) {
  Tuple* args = tuple_empty();
  raise_args(vm, &MemoryErrorType, args);
  decref(args);
  return Value();
}

Value raise_key_error(VM& vm, Value key) {
  Tuple* args = tuple_of({key});
  raise_args(vm, &KeyErrorType, args);
  decref(args);
  return Value();
}

Value raise_stop_iteration(VM& vm, Value value) {
  Tuple* args = value ? tuple_of({value}) : tuple_empty();
  raise_args(vm, &StopIterationType, args);
  decref(args);
  return Value();
}

bool error_matches(VM& vm, Type* type) { return vm.exc && is_subtype(vm.exc->type, type); }

bool exception_matches(Value exc, Value type) {
  if (!exc.is_obj()) return false;
  Type* et = exc.obj()->type;
  if (is_tuple(type)) {
    Tuple* t = as_tuple(type);
    for (int64_t i = 0; i < t->size; ++i)
      if (exception_matches(exc, t->items[i])) return true;
    return false;
  }
  if (!is_type(type)) return false;
  return is_subtype(et, type.as<Type>());
}

bool enter_recursion(VM& vm, const char* where) {
  // Native recursion counts against the Python recursion limit (as in CPython), and never goes
  // beyond kMaxNativeDepth whatever the limit, so the C++ stack cannot overflow.
  constexpr int kMaxNativeDepth = 1500;
  ++vm.c_depth;
  if (vm.c_depth + (vm.task ? vm.task->depth : 0) > vm.recursion_limit || vm.c_depth > kMaxNativeDepth) {
    --vm.c_depth;
    raisef(vm, &RecursionErrorType, "maximum recursion depth exceeded%s", where);
    return false;
  }
  return true;
}

}  // namespace coil
