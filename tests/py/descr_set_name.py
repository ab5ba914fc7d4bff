# __set_name__ is called at class creation with owner and attribute name.
class Field:
    def __set_name__(self, owner, name):
        print('__set_name__', owner.__name__, name)
        self.name = '_' + name
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return getattr(obj, self.name, 'unset')
    def __set__(self, obj, value):
        setattr(obj, self.name, value)
class Model:
    title = Field()
    body = Field()
    print('class body done')
m = Model()
print(m.title)
m.title = 'Hello'
print(m.title, m.__dict__)
f = Field()
Model.late = f
print(hasattr(f, 'name'))
