// errors.h - raising and inspecting Python exceptions from C++ (they travel as null return values).
#pragma once

#include <string>
#include <string_view>

#include "objects/exception.h"
#include "vm/vm.h"

namespace coil {

// All raise functions set vm.exc and return a null Value, so `return raise(...)` reads well.
Value raise(VM& vm, Type* type, std::string_view msg);
Value raisef(VM& vm, Type* type, const char* fmt, ...) __attribute__((format(printf, 3, 4)));
Value raise_args(VM& vm, Type* type, Tuple* args);  // type(*args)
Value raise_exc(VM& vm, Value exc);                  // raise an exception instance (increfs it)
Value raise_memory_error(VM& vm);
Value raise_key_error(VM& vm, Value key);
Value raise_stop_iteration(VM& vm, Value value);      // StopIteration(value), value may be null
Value raise_attribute_error(VM& vm, Value obj, Str* name);  // "'X' object has no attribute 'y'"
// Python's `raise X [from Y]`: X may be a class or an instance.
Value raise_object(VM& vm, Value exc_or_class, Value cause, bool has_cause);

inline bool has_error(const VM& vm) { return vm.exc != nullptr; }
bool error_matches(VM& vm, Type* type);   // vm.exc is an instance of type
bool exception_matches(Value exc, Value type_or_tuple);  // isinstance for except clauses
void clear_error(VM& vm);
Object* take_error(VM& vm);   // returns the raised exception (owned) and clears it
void restore_error(VM& vm, Object* exc);  // sets vm.exc (takes ownership)

std::string format_str(const char* fmt, ...) __attribute__((format(printf, 1, 2)));
std::string vformat_str(const char* fmt, va_list ap);

// Sets .name and .obj on the AttributeError being raised (for "Did you mean" suggestions).
void set_attribute_error_context(VM& vm, Value obj, Str* name);

// Native recursion guard (repr/eq/hash of nested containers): raises RecursionError past the limit.
bool enter_recursion(VM& vm, const char* where);
inline void leave_recursion(VM& vm) { --vm.c_depth; }

}  // namespace coil
