# builtin_dir: dir() of user classes/instances (non-dunder names), of modules, with __dir__, and no-arg dir()
class Base:
    base_attr = 1
    def base_method(self):
        pass
class Child(Base):
    child_attr = 2
    def __init__(self):
        self.inst = 3
    def method(self):
        pass
def public(names):
    return [n for n in names if not n.startswith('__')]
print(public(dir(Child)))
print(public(dir(Child())))
print(public(dir(Base)))
print('__init__' in dir(Child), '__class__' in dir(Child()), dir(Child) == sorted(dir(Child)))
class Custom:
    def __dir__(self):
        return ['zeta', 'alpha', 'mid']
print(dir(Custom()))
def f():
    local_a = 1
    local_b = 2
    return dir()
print(f())
import sys
print('argv' in dir(sys), 'exit' in dir(sys), 'path' in dir(sys))
print(public(dir([]))[:5], 'append' in dir(list), 'upper' in dir(''), 'real' in dir(1))
class Bad:
    def __dir__(self):
        return 5
try:
    dir(Bad())
except TypeError as e:
    print('TypeError', e)
