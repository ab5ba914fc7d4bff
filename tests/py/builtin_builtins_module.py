# builtin_builtins_module: `import builtins` exposes the builtin functions, types and exceptions
import builtins
print(builtins.len is len, builtins.print is print, builtins.int is int, builtins.ValueError is ValueError)
print(builtins.__name__, builtins.__name__ in __import__('sys').modules)
names = ['abs', 'all', 'any', 'ascii', 'bin', 'bool', 'callable', 'chr', 'compile', 'delattr', 'dict', 'dir', 'divmod',
         'enumerate', 'eval', 'exec', 'filter', 'float', 'format', 'frozenset', 'getattr', 'globals', 'hasattr', 'hash',
         'hex', 'id', 'input', 'int', 'isinstance', 'issubclass', 'iter', 'len', 'list', 'locals', 'map', 'max', 'min',
         'next', 'object', 'oct', 'open', 'ord', 'pow', 'print', 'range', 'repr', 'reversed', 'round', 'set', 'setattr',
         'slice', 'sorted', 'str', 'sum', 'super', 'tuple', 'type', 'vars', 'zip', 'aiter', 'anext', '__import__',
         'bytes', 'bytearray', 'memoryview', 'complex', 'property', 'staticmethod', 'classmethod', 'breakpoint']
print([n for n in names if not hasattr(builtins, n)])
print(len, abs, builtins.max, repr(builtins.min))
print(builtins.Ellipsis is ..., builtins.NotImplemented is NotImplemented, builtins.__build_class__ is not None)
original_len = builtins.len
builtins.my_custom_builtin = lambda: 'visible everywhere'
print(my_custom_builtin())
del builtins.my_custom_builtin
try:
    my_custom_builtin()
except NameError as e:
    print('NameError', e)
len = lambda x: 'shadowed'
print(len([1, 2]), builtins.len([1, 2]))
del len
print(len([1, 2]))
print(type(builtins).__name__, callable(builtins.len), builtins.len.__name__, builtins.len.__module__ if hasattr(builtins.len, '__module__') else '')
