"""importlib: import_module(), reload() and invalidate_caches() on top of the core's import system."""

import sys

__all__ = ['__import__', 'import_module', 'invalidate_caches', 'reload']

_ModuleType = type(sys)


def _resolve_name(name, package, level):
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    return '{}.{}'.format(base, name) if name else base


def import_module(name, package=None):
    """Imports a module by name ('a.b', or '.b' relative to `package`) and returns it."""
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative "
                            "import for {!r}".format(name))
        for character in name:
            if character != '.':
                break
            level += 1
        name = _resolve_name(name[level:], package, level)
    if not name:
        raise ValueError('Empty module name')
    __import__(name)
    return sys.modules[name]


def invalidate_caches():
    """The core keeps no directory caches: new files are always found."""


def reload(module):
    """Runs the module's source file again in the module's namespace and returns the module."""
    if not isinstance(module, _ModuleType):
        raise TypeError("reload() argument must be a module")
    try:
        name = module.__spec__.name
    except AttributeError:
        try:
            name = module.__name__
        except AttributeError:
            raise TypeError("reload() argument must be a module")
    if sys.modules.get(name) is not module:
        raise ImportError(f"module {name} not in sys.modules", name=name)
    filename = getattr(module, '__file__', None)
    if not filename or filename.startswith('<'):
        return module   # builtin and embedded modules cannot change
    with open(filename, encoding='utf-8') as f:
        source = f.read()
    code = compile(source, filename, 'exec')
    exec(code, module.__dict__)
    return sys.modules[name]
