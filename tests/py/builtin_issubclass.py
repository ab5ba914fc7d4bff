# builtin_issubclass: issubclass over builtin and user hierarchies, tuples, and abstract-ish checks
class A: pass
class B(A): pass
class C(B): pass
class M(A, int): pass
print([issubclass(C, k) for k in (A, B, C, object, int)])
print(issubclass(M, int), issubclass(M, (str, A)), issubclass(int, M), issubclass(bool, (float, int)))
print(issubclass(ValueError, Exception), issubclass(KeyError, LookupError), issubclass(Exception, BaseException), issubclass(KeyboardInterrupt, Exception))
print(issubclass(type, object), issubclass(object, object), issubclass(list, (list,)), issubclass(dict, ()))
print(issubclass(C, (int, (float, (B,)))))
for bad in [lambda: issubclass(1, int), lambda: issubclass(int, 1), lambda: issubclass([], list), lambda: issubclass(int)]:
    try:
        print(bad())
    except TypeError as e:
        print('TypeError', e)
print([c.__name__ for c in M.__mro__])
