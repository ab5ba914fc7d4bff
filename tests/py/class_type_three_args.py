# type(name, bases, dict) creates classes dynamically; type(obj) returns the class.
def hello(self): return 'hello from ' + self.name
Person = type('Person', (), {'name': 'anon', 'hello': hello})
p = Person()
print(p.hello(), type(p).__name__, Person.__bases__)
Student = type('Student', (Person,), {'name': 'stu'})
print(Student().hello(), Student.__mro__[1].__name__)
print(type(5).__name__, type(type).__name__, type(Person).__name__)
try:
    type('X', 'not a tuple', {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type('A', (), {}, 'extra')
except TypeError as e:
    print(type(e).__name__, e)
try:
    type()
except TypeError as e:
    print(type(e).__name__, e)
