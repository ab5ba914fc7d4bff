// site_builtins.cpp - the builtins python3's site module adds: exit(), quit(), copyright, credits,
// license and help, defined by a small Python module `_sitebuiltins` as in CPython.
#include "api/site_builtins.h"

#include "compiler/compile.h"
#include "vm/call.h"
#include "vm/runtime.h"

namespace coil {

namespace {

const char kSiteBuiltinsSource[] = R"PY(# The objects python3's site module puts in builtins.
import sys

class Quitter(object):
    def __init__(self, name, eof):
        self.name = name
        self.eof = eof

    def __repr__(self):
        return 'Use %s() or %s to exit' % (self.name, self.eof)

    def __call__(self, code=None):
        # Like CPython: stdin is closed before leaving (an embedder may be reading it).
        try:
            sys.stdin.close()
        except:
            pass
        raise SystemExit(code)


class _Printer(object):
    """A text shown by repr() (short) or by calling the object."""

    def __init__(self, name, data, hint=None):
        self._name = name
        self._data = data
        self._hint = hint

    def __repr__(self):
        if self._hint:
            return self._hint
        return self._data

    def __call__(self):
        print(self._data)


class _Helper(object):
    """help(object) shows the object's documentation (Coil has no pydoc: its docstring)."""

    def __repr__(self):
        return ("Type help() for interactive help, "
                "or help(object) for help about object.")

    def __call__(self, *args, **kwds):
        if not args and not kwds:
            print("Coil has no interactive help; use help(object) to read an object's documentation.")
            return
        if len(args) != 1 or kwds:
            raise TypeError('help() takes at most 1 argument')
        obj = args[0]
        if isinstance(obj, str):
            print("No Python documentation found for %r." % obj)
            return
        name = getattr(obj, '__qualname__', None) or getattr(obj, '__name__', None)
        if isinstance(obj, type):
            what = 'class %s in module %s' % (name, obj.__module__)
        elif name is not None and callable(obj):
            what = '%s %s' % (type(obj).__name__.replace('_', ' '), name)
        else:
            what = '%s object' % type(obj).__name__
        doc = getattr(obj, '__doc__', None)
        print('Help on %s:\n' % what)
        if doc:
            for line in str(doc).expandtabs().split('\n'):
                print(('    ' + line) if line.strip() else '')
        else:
            print('    (no documentation)')
        print()


def install(builtins):
    builtins.exit = Quitter('exit', 'Ctrl-D (i.e. EOF)')
    builtins.quit = Quitter('quit', 'Ctrl-D (i.e. EOF)')
    builtins.copyright = _Printer('copyright', sys.copyright)
    builtins.credits = _Printer(
        'credits',
        "    Coil is a Python 3.11 interpreter written from scratch in C++. Thanks to the\n"
        "    Python Software Foundation and the Python community for the language.")
    builtins.license = _Printer(
        'license',
        "Coil implements the Python language; see https://docs.python.org/3/license.html\n"
        "for the history and license of Python itself.",
        'Type license() to see the full license text')
    builtins.help = _Helper()
)PY";

}  // namespace

bool install_site_builtins(VM& vm) {
  Module* m = module_new(intern("_sitebuiltins"));
  dict_set_str(m->dict, g_names.builtins, Value(vm.builtins_module));
  dict_set_str(vm.modules, intern("_sitebuiltins"), Value(m));
  Code* code = compile_or_raise(vm, kSiteBuiltinsSource, "<frozen _sitebuiltins>", CompileMode::File);
  bool ok = code != nullptr;
  if (ok) {
    PyFrame* f = frame_new(vm, code, m->dict, vm.builtins, Value(m->dict), nullptr);
    decref(code);
    Value r = run_nested(vm, f);
    ok = !r.is_null();
    decref(r);
  }
  if (ok) {
    Value install = dict_get_str(m->dict, intern("install"));
    Value r = install ? call1(vm, install, Value(vm.builtins_module)) : Value();
    ok = !r.is_null();
    decref(r);
    // install() is an implementation detail: not part of the module
    dict_del_str(m->dict, intern("install"));
  }
  decref(m);
  return ok;
}

}  // namespace coil
