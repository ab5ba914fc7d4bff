# exctype: Warning subclasses' __mro__/__bases__
def show(cls):
    print(cls.__name__, [c.__name__ for c in cls.__mro__], [b.__name__ for b in cls.__bases__])
for cls in [Warning, UserWarning, DeprecationWarning, PendingDeprecationWarning, SyntaxWarning, RuntimeWarning,
            FutureWarning, ImportWarning, UnicodeWarning, BytesWarning, ResourceWarning, EncodingWarning]:
    show(cls)
print(issubclass(DeprecationWarning, Exception), issubclass(Warning, BaseException), isinstance(UserWarning('x'), Warning))
