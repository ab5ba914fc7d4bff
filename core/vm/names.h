// names.h - interned identifiers the core uses often (dunder method names and a few others).
#pragma once

#include "objects/str.h"

namespace coil {

// X(field, "text"): g_names.field is the interned str "text".
#define COIL_NAMES(X)                                                                        \
  X(init, "__init__") X(new_, "__new__") X(call, "__call__") X(repr, "__repr__")             \
  X(str, "__str__") X(format, "__format__") X(bytes, "__bytes__") X(hash, "__hash__")         \
  X(bool_, "__bool__") X(len, "__len__") X(getattr, "__getattr__")                           \
  X(getattribute, "__getattribute__") X(setattr, "__setattr__") X(delattr, "__delattr__")     \
  X(get, "__get__") X(set, "__set__") X(delete_, "__delete__") X(set_name, "__set_name__")    \
  X(dict, "__dict__") X(class_, "__class__") X(name, "__name__") X(qualname, "__qualname__")  \
  X(module, "__module__") X(doc, "__doc__") X(slots, "__slots__") X(weakref, "__weakref__")   \
  X(iter, "__iter__") X(next, "__next__") X(reversed, "__reversed__")                         \
  X(getitem, "__getitem__") X(setitem, "__setitem__") X(delitem, "__delitem__")               \
  X(missing, "__missing__") X(contains, "__contains__") X(length_hint, "__length_hint__")     \
  X(eq, "__eq__") X(ne, "__ne__") X(lt, "__lt__") X(le, "__le__") X(gt, "__gt__")             \
  X(ge, "__ge__") X(add, "__add__") X(sub, "__sub__") X(mul, "__mul__")                      \
  X(matmul, "__matmul__") X(truediv, "__truediv__") X(floordiv, "__floordiv__")               \
  X(mod, "__mod__") X(divmod, "__divmod__") X(pow, "__pow__") X(lshift, "__lshift__")         \
  X(rshift, "__rshift__") X(and_, "__and__") X(or_, "__or__") X(xor_, "__xor__")              \
  X(radd, "__radd__") X(rsub, "__rsub__") X(rmul, "__rmul__") X(rmatmul, "__rmatmul__")       \
  X(rtruediv, "__rtruediv__") X(rfloordiv, "__rfloordiv__") X(rmod, "__rmod__")               \
  X(rdivmod, "__rdivmod__") X(rpow, "__rpow__") X(rlshift, "__rlshift__")                     \
  X(rrshift, "__rrshift__") X(rand, "__rand__") X(ror, "__ror__") X(rxor, "__rxor__")         \
  X(iadd, "__iadd__") X(isub, "__isub__") X(imul, "__imul__") X(imatmul, "__imatmul__")       \
  X(itruediv, "__itruediv__") X(ifloordiv, "__ifloordiv__") X(imod, "__imod__")               \
  X(ipow, "__ipow__") X(ilshift, "__ilshift__") X(irshift, "__irshift__") X(iand, "__iand__") \
  X(ior, "__ior__") X(ixor, "__ixor__") X(neg, "__neg__") X(pos, "__pos__")                   \
  X(invert, "__invert__") X(abs, "__abs__") X(index, "__index__") X(int_, "__int__")          \
  X(float_, "__float__") X(complex, "__complex__") X(round, "__round__")                      \
  X(trunc, "__trunc__") X(floor, "__floor__") X(ceil, "__ceil__") X(enter, "__enter__")       \
  X(exit, "__exit__") X(aenter, "__aenter__") X(aexit, "__aexit__") X(await, "__await__")     \
  X(aiter, "__aiter__") X(anext, "__anext__") X(del, "__del__")                               \
  X(init_subclass, "__init_subclass__") X(class_getitem, "__class_getitem__")                 \
  X(prepare, "__prepare__") X(mro_entries, "__mro_entries__") X(mro, "mro")                   \
  X(instancecheck, "__instancecheck__") X(subclasscheck, "__subclasscheck__")                 \
  X(annotations, "__annotations__") X(all, "__all__") X(path, "__path__") X(file, "__file__") \
  X(builtins, "__builtins__") X(import, "__import__") X(spec, "__spec__")                     \
  X(package, "__package__") X(loader, "__loader__") X(match_args, "__match_args__")           \
  X(main, "__main__") X(sizeof_, "__sizeof__") X(fspath, "__fspath__")                        \
  X(orig_bases, "__orig_bases__") X(classcell, "__classcell__") X(abstractmethods,            \
  "__abstractmethods__") X(isabstractmethod, "__isabstractmethod__") X(wrapped, "__wrapped__") \
  X(notes, "__notes__") X(keys, "keys") X(items, "items") X(values, "values")                 \
  X(send, "send") X(throw_, "throw") X(close, "close") X(write, "write") X(flush, "flush")     \
  X(readline, "readline") X(empty, "") X(lambda, "<lambda>") X(module_name, "<module>")       \
  X(listcomp, "<listcomp>") X(setcomp, "<setcomp>") X(dictcomp, "<dictcomp>")                 \
  X(genexpr, "<genexpr>") X(builtins_mod, "builtins") X(sys, "sys") X(stdout_, "stdout")      \
  X(stderr_, "stderr") X(stdin_, "stdin") X(none_str, "None") X(true_str, "True")               \
  X(false_str, "False") X(encoding, "encoding") X(errors, "errors") X(end, "end")             \
  X(sep, "sep") X(file_kw, "file") X(key, "key") X(reverse, "reverse") X(default_, "default") \
  X(origin, "__origin__") X(ann_dict, "__annotations__") X(self_, "self")

struct Names {
#define COIL_NAME_FIELD(field, text) Str* field;
  COIL_NAMES(COIL_NAME_FIELD)
#undef COIL_NAME_FIELD
};

extern Names g_names;
void names_init();

}  // namespace coil
