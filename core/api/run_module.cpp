// run_module.cpp - `python3 -m NAME` and `python3 DIR`: finds a module on sys.path and runs it as
// __main__, with CPython's error messages and the "<frozen runpy>" traceback entries it shows.
//
// The finder and runner are written in Python (below) and compiled under CPython's frozen module
// file names. A line "#@N" in the sources pads with empty lines so that the next line is line N:
// tracebacks then name the same lines as CPython 3.11's (e.g. `File "<frozen runpy>", line 198,
// in _run_module_as_main`). Frozen files show no source line in tracebacks, as in CPython.
#include "api/run_module.h"

#include <string>

#include "compiler/compile.h"
#include "vm/call.h"
#include "vm/runtime.h"

namespace coil {

namespace {

// runpy: _run_module_as_main(name, alter_argv) is the bottom frame of the program.
const char kRunpySource[] = R"PY(# Coil's runpy: runs a module found on sys.path as __main__ (python3 -m).
import sys
import os

class _Error(Exception):
    """Error that _run_module_as_main reports as "<executable>: message" (exit code 1)."""

#@80
def _run_code(code, run_globals, mod_name, mod_spec):
    # Runs `code` in the __main__ namespace `run_globals`.
    fname = mod_spec.origin
    run_globals.update(__name__=mod_name, __file__=fname, __cached__=None, __doc__=None,
                       __loader__=mod_spec.loader, __package__=mod_spec.parent, __spec__=mod_spec)
#@88
    exec(code, run_globals)
    return run_globals

#@100
def _get_module_details(mod_name, error=ImportError):
    if mod_name.startswith('.'):
        raise error('Relative module names not supported')
    pkg_name, _, _ = mod_name.rpartition('.')
    if pkg_name:
        # Importing the parent first lets its own errors through; a missing parent is reported below.
        try:
            pass
#@112
            __import__(pkg_name)
        except ImportError as e:
            if e.name is None or (e.name != pkg_name and not pkg_name.startswith(e.name + '.')):
                raise
    try:
        spec = _find_spec(mod_name)
    except (ImportError, AttributeError, TypeError, ValueError) as ex:
        msg = 'Error while finding module specification for {!r} ({}: {})'
        if mod_name.endswith('.py'):
            msg += (f". Try using '{mod_name[:-3]}' instead of "
                    f"'{mod_name}' as the module name.")
        raise error(msg.format(mod_name, type(ex).__name__, ex)) from ex
    if spec is None:
        raise error('No module named %s' % mod_name)
    if spec.submodule_search_locations is not None:
        if mod_name == '__main__' or mod_name.endswith('.__main__'):
            raise error('Cannot use package as __main__ module')
        try:
            pkg_main_name = mod_name + '.__main__'
#@148
            return _get_module_details(pkg_main_name, error)
        except error as e:
            if mod_name not in sys.modules:
                raise
            raise error(('%s; %r is a package and cannot be directly executed') % (e, mod_name))
    loader = spec.loader
    if loader is None:
        raise error('No code object available for %s' % mod_name)
    try:
        pass
#@159
        code = get_code(loader, mod_name)
    except ImportError as e:
        raise error(format(e)) from e
    return mod_name, spec, code

#@180
def _run_module_as_main(mod_name, alter_argv=True):
    # python3 -m mod_name (alter_argv) or python3 DIR (runs DIR/__main__.py).
    try:
        if alter_argv or mod_name != '__main__':
            pass
#@189
            mod_name, mod_spec, code = _get_module_details(mod_name, _Error)
        else:
#@191
            mod_name, mod_spec, code = _get_main_module_details(_Error)
    except _Error as exc:
        msg = '%s: %s' % (sys.executable, exc)
        sys.exit(msg)
    main_globals = sys.modules['__main__'].__dict__
    if alter_argv:
        sys.argv[0] = mod_spec.origin
#@198
    return _run_code(code, main_globals, '__main__', mod_spec)

#@230
def _get_main_module_details(error=ImportError):
    # The __main__ module of the directory sys.path[0]; __main__ itself is not in the way.
    main_name = '__main__'
    saved_main = sys.modules[main_name]
    del sys.modules[main_name]
    try:
        spec = _find_in(main_name, main_name, sys.path[:1])
        if spec is None:
            raise error("can't find %r module in %r" % (main_name, sys.path[0]))
#@240
        return _get_module_details(main_name)
    except ImportError as exc:
        if main_name in str(exc):
            raise error("can't find %r module in %r" % (main_name, sys.path[0])) from exc
        raise
    finally:
        sys.modules[main_name] = saved_main

# ---- the finder (importlib's PathFinder, reduced to source files and regular packages)

class SourceFileLoader:
    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def get_filename(self, fullname=None):
        return self.path

    def get_data(self, path):
        with open(path, 'rb') as f:
            return f.read()

SourceFileLoader.__module__ = '_frozen_importlib_external'

class ModuleSpec:
    def __init__(self, name, loader, origin=None, is_package=False):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = None
        self.submodule_search_locations = [os.path.dirname(origin)] if is_package else None
        self.cached = None
        self.has_location = origin is not None

    @property
    def parent(self):
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    def __repr__(self):
        args = ['name={!r}'.format(self.name), 'loader={!r}'.format(self.loader)]
        if self.has_location:
            args.append('origin={!r}'.format(self.origin))
        if self.submodule_search_locations is not None:
            args.append('submodule_search_locations={}'.format(self.submodule_search_locations))
        return '{}({})'.format(self.__class__.__name__, ', '.join(args))

ModuleSpec.__module__ = '_frozen_importlib'

def _find_in(name, last, paths):
    # A package (directory with __init__.py) or a module (name.py) in one of `paths`.
    for entry in paths:
        if not isinstance(entry, str):
            continue
        base = os.path.join(entry or os.getcwd(), last)
        init = os.path.join(base, '__init__.py')
        if os.path.isdir(base) and os.path.isfile(init):
            return ModuleSpec(name, SourceFileLoader(name, init), init, True)
        if os.path.isfile(base + '.py'):
            return ModuleSpec(name, SourceFileLoader(name, base + '.py'), base + '.py')
    return None

def _find_spec(name):
    # Like importlib.util.find_spec: the parent package is imported, the module itself is not.
    if name in sys.modules:
        module = sys.modules[name]
        if module is None:
            return None
        spec = getattr(module, '__spec__', None)
        if spec is not None:
            return spec
        if name == '__main__':
            raise ValueError('{}.__spec__ is None'.format(name))
        # Coil's imported modules carry no __spec__: make one from __file__ (none: builtin).
        file = getattr(module, '__file__', None)
        if file is None:
            return ModuleSpec(name, None)
        return ModuleSpec(name, SourceFileLoader(name, file), file, hasattr(module, '__path__'))
    parent, _, last = name.rpartition('.')
    if parent:
        package = __import__(parent, fromlist=['__name__'])
        try:
            paths = package.__path__
        except AttributeError as e:
            raise ModuleNotFoundError(
                "__path__ attribute not found on {!r} while trying to find {!r}".format(parent, name),
                name=name) from e
    else:
        if name in sys.builtin_module_names:
            return ModuleSpec(name, None)
        paths = sys.path
    return _find_in(name, last, paths)
)PY";

// The loader's get_code, under importlib's frozen file names (SyntaxErrors show these frames).
const char kBootstrapExternalSource[] = R"PY(# get_code as in importlib._bootstrap_external
#@1000
def source_to_code(data, path):
    # compile() behind a frame that importlib's tracebacks show
    pass
#@1004
    return _call_with_frames_removed(compile, data, path, 'exec', dont_inherit=True)

#@1060
def get_code(loader, fullname):
    if loader is None:
        return None
    path = loader.get_filename(fullname)
    try:
        data = loader.get_data(path)
    except OSError as exc:
        raise ImportError(str(exc), name=fullname, path=path) from exc
#@1074
    return source_to_code(data, path)
)PY";

const char kBootstrapSource[] = R"PY(# _call_with_frames_removed as in importlib._bootstrap
#@238
def _call_with_frames_removed(f, *args, **kwds):
    # (CPython removes this frame from import tracebacks; compile errors still show it)
    pass
#@241
    return f(*args, **kwds)
)PY";

// Expands the "#@N" markers: empty lines up to line N-1, so the next line is line N.
std::string place_lines(const char* text) {
  std::string out;
  int line = 1;  // the line the next appended line will have
  std::string_view s(text);
  std::size_t pos = 0;
  while (pos < s.size()) {
    std::size_t nl = s.find('\n', pos);
    std::string_view l = s.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    pos = nl == std::string_view::npos ? s.size() : nl + 1;
    if (l.size() > 2 && l.substr(0, 2) == "#@") {
      int target = std::stoi(std::string(l.substr(2)));
      while (line < target) {
        out += '\n';
        ++line;
      }
      continue;
    }
    out.append(l);
    out += '\n';
    ++line;
  }
  return out;
}

// Runs the definitions in `source` (compiled as `filename`) into `globals`.
bool exec_into(VM& vm, const char* source, const char* filename, Dict* globals) {
  Code* code = compile_or_raise(vm, place_lines(source), filename, CompileMode::File);
  if (!code) return false;
  PyFrame* f = frame_new(vm, code, globals, vm.builtins, Value(globals), nullptr);
  decref(code);
  Value r = run_nested(vm, f);
  if (!r) return false;
  decref(r);
  return true;
}

}  // namespace

bool push_run_module(VM& vm, std::string_view name, bool set_argv0) {
  Module* m = module_new(intern("runpy"));
  Dict* d = m->dict;
  dict_set_str(d, g_names.builtins, Value(vm.builtins_module));
  bool ok = exec_into(vm, kBootstrapSource, "<frozen importlib._bootstrap>", d) &&
            exec_into(vm, kBootstrapExternalSource, "<frozen importlib._bootstrap_external>", d) &&
            exec_into(vm, kRunpySource, "<frozen runpy>", d);
  if (!ok) {
    decref(m);
    return false;
  }
  Value fn = dict_get_str(d, intern("_run_module_as_main"));
  Str* n = str_new(name);
  Value args[2] = {Value(n), new_bool(set_argv0)};
  CallPrep prep = prepare_call(vm, fn, Value(), Args{args, 2, nullptr});
  decref(n);
  decref(args[1]);
  decref(m);  // the function keeps its globals alive
  if (!prep.frame) {
    decref(prep.result);
    return false;
  }
  return push_frame(vm, prep.frame, Delivery::Push);
}

}  // namespace coil
