# Nested classes: access via outer class, no access to outer class scope by bare name.
class Outer:
    value = 'outer value'
    class Inner:
        def get(self):
            try:
                return value
            except NameError as e:
                return f'NameError: {e}'
        def get_qualified(self):
            return Outer.value
print(Outer.Inner().get(), Outer.Inner().get_qualified())
print(Outer.Inner.__qualname__, Outer.Inner.__name__)
o = Outer()
print(type(o.Inner()).__qualname__)
