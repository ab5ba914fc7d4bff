# Builtin types keep __module__ out of their __dict__, so dir() of an object lists no __module__.
class E:
    pass

print(sorted(set(dir(E())) - set(dir(object))))
print("__module__" in object.__dict__, "__module__" in int.__dict__, "__module__" in dir(object))
print(object.__module__, int.__module__, type(None).__module__, E.__module__)
print(int | None, list[int] | str)
