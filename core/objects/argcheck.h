// argcheck.h - CPython's exact argument-count errors for builtin methods (METH_O, METH_NOARGS, clinic checks).
#pragma once

#include "vm/errors.h"
#include "objects/type.h"

namespace coil {

// "name expected at least 1 argument, got 0" (_PyArg_CheckPositional); n excludes self.
inline bool check_positional(VM& vm, const char* name, uint32_t n, uint32_t min, uint32_t max) {
  if (n < min) {
    raisef(vm, &TypeErrorType, "%s expected %s%u argument%s, got %u", name, min == max ? "" : "at least ", min,
           min == 1 ? "" : "s", n);
    return false;
  }
  if (n > max) {
    raisef(vm, &TypeErrorType, "%s expected %s%u argument%s, got %u", name, min == max ? "" : "at most ", max,
           max == 1 ? "" : "s", n);
    return false;
  }
  return true;
}

// "list.append() takes no keyword arguments"
inline bool check_no_kw(VM& vm, Args a, const char* qualname) {
  if (a.nkw()) {
    raisef(vm, &TypeErrorType, "%s() takes no keyword arguments", qualname);
    return false;
  }
  return true;
}

// METH_O: self plus exactly one positional ("list.append() takes exactly one argument (0 given)").
inline bool check_meth_o(VM& vm, Args a, const char* qualname) {
  if (!check_no_kw(vm, a, qualname)) return false;
  if (a.n != 2) {
    raisef(vm, &TypeErrorType, "%s() takes exactly one argument (%u given)", qualname, a.n - 1);
    return false;
  }
  return true;
}

// METH_NOARGS: self only ("list.clear() takes no arguments (1 given)").
inline bool check_meth_noargs(VM& vm, Args a, const char* qualname) {
  if (!check_no_kw(vm, a, qualname)) return false;
  if (a.n != 1) {
    raisef(vm, &TypeErrorType, "%s() takes no arguments (%u given)", qualname, a.n - 1);
    return false;
  }
  return true;
}

// Positional-only clinic methods: no keywords ("pop() takes no keyword arguments") and a count check.
inline bool check_pos_only(VM& vm, Args a, const char* name, uint32_t min, uint32_t max) {
  if (a.nkw()) {
    raisef(vm, &TypeErrorType, "%s() takes no keyword arguments", name);
    return false;
  }
  return check_positional(vm, name, a.n - 1, min, max);
}

}  // namespace coil
