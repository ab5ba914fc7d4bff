// import.cpp - the import system: builtin modules, embedded Python modules, modules and packages
// found on sys.path; relative imports, fromlists, sys.modules caching. Module bodies run as
// frames (imports are suspendable like any other code).
#include <fstream>
#include <set>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>  // getcwd

#include "compiler/compile.h"
#include "modules/registry.h"
#include "vm/call.h"
#include "vm/runtime.h"
#include "vm/stackless.h"

namespace coil {

namespace {

// Modules whose body is running (for "partially initialized module" messages).
std::set<std::string>& initializing() {
  static std::set<std::string> s;
  return s;
}

bool file_exists(const std::string& path, bool* is_dir) {
  struct stat st;
  if (stat(path.c_str(), &st) != 0) return false;
  *is_dir = S_ISDIR(st.st_mode);
  return true;
}

bool read_file(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  return true;
}

Value module_not_found(VM& vm, const std::string& name, const std::string& msg) {
  raise(vm, &ModuleNotFoundErrorType, msg);
  BaseException* e = reinterpret_cast<BaseException*>(vm.exc);
  Str* n = str_new(name);
  // ImportError.name is extra[0] (see exception.cpp)
  decref(e->extra[0]);
  e->extra[0] = Value(n);
  return Value();
}

Value sys_modules_get(VM& vm, const std::string& name) {
  Value m = dict_get_str(vm.modules, intern(name));
  return m;
}

// Where a module's source is: a file on sys.path (or the parent package's __path__), or pylib.
struct Found {
  bool found = false;
  bool builtin = false;
  const ModuleDef* def = nullptr;
  bool is_package = false;
  std::string file;       // absolute or as found
  std::string source;
  std::string package_dir;
};

Found find_module(VM& vm, const std::string& fullname, Value search_path) {
  Found r;
  if (search_path.is_null()) {
    if (const ModuleDef* d = find_builtin_module(fullname)) {
      r.found = true;
      r.builtin = true;
      r.def = d;
      return r;
    }
  }
  std::string last = fullname.substr(fullname.rfind('.') == std::string::npos ? 0 : fullname.rfind('.') + 1);
  Value paths = search_path;
  if (paths.is_null()) paths = dict_get_str(vm.sys->dict, intern("path"));
  if (paths && is_list(paths)) {
    List* l = paths.as<List>();
    for (int64_t i = 0; i < l->size; ++i) {
      Value p = l->items[i];
      if (!is_str(p)) continue;
      std::string dir = as_str(p)->data;
      std::string base = dir.empty() ? last : dir + "/" + last;
      bool is_dir = false;
      if (file_exists(base, &is_dir) && is_dir) {
        bool d2;
        std::string init = base + "/__init__.py";
        if (file_exists(init, &d2) && !d2 && read_file(init, &r.source)) {
          r.found = true;
          r.is_package = true;
          r.file = init;
          r.package_dir = base;
          return r;
        }
      }
      std::string file = base + ".py";
      if (file_exists(file, &is_dir) && !is_dir && read_file(file, &r.source)) {
        r.found = true;
        r.file = file;
        return r;
      }
    }
  }
  if (search_path.is_null() || true) {
    bool pkg = false;
    if (const char* src = find_pylib_module(fullname, &pkg)) {
      r.found = true;
      r.source = src;
      r.is_package = pkg;
      r.file = "<frozen " + fullname + ">";
      return r;
    }
  }
  return r;
}

std::string absolute_path(const std::string& p) {
  if (!p.empty() && (p[0] == '/' || p[0] == '<')) return p;
  char buf[4096];
  if (getcwd(buf, sizeof buf)) {
    std::string cwd = buf;
    std::string rel = p;
    while (rel.rfind("./", 0) == 0) rel = rel.substr(2);
    return cwd + "/" + rel;
  }
  return p;
}

// Imports exactly `fullname` (its parent must already be imported). Returns a new reference.
Co<Value> import_one(VM& vm, const std::string& fullname) {
  Value cached = sys_modules_get(vm, fullname);
  if (cached) {
    if (is_none(cached)) {
      co_return raisef(vm, &ModuleNotFoundErrorType, "import of %s halted; None in sys.modules", fullname.c_str());
    }
    co_return newref(cached);
  }
  Value parent_path;
  std::size_t dot = fullname.rfind('.');
  Value parent;
  if (dot != std::string::npos) {
    std::string parent_name = fullname.substr(0, dot);
    parent = sys_modules_get(vm, parent_name);
    if (!parent) co_return module_not_found(vm, fullname, "No module named '" + fullname + "'");
    parent_path = get_attr_opt(vm, parent, g_names.path);
    if (!parent_path) {
      if (has_error(vm)) co_return Value();
      co_return module_not_found(vm, fullname, "No module named '" + fullname + "'; '" + parent_name + "' is not a package");
    }
  }
  Found fnd = find_module(vm, fullname, parent_path);
  decref(parent_path);
  if (!fnd.found) co_return module_not_found(vm, fullname, "No module named '" + fullname + "'");
  Value module;
  if (fnd.builtin) {
    Module* m = create_builtin_module(vm, fnd.def);
    if (!m) co_return Value();
    module = Value(m);
    dict_set_str(vm.modules, intern(fullname), module);
  } else {
    Module* m = module_new(intern(fullname));
    module = Value(m);
    std::string file = fnd.file[0] == '<' ? fnd.file : absolute_path(fnd.file);
    if (fnd.file[0] != '<') {
      Str* f = str_new(file);
      dict_set_str(m->dict, g_names.file, Value(f));
      decref(f);
    }
    std::string package = fnd.is_package ? fullname : (dot == std::string::npos ? "" : fullname.substr(0, dot));
    Str* pkg = str_new(package);
    dict_set_str(m->dict, g_names.package, Value(pkg));
    decref(pkg);
    if (fnd.is_package) {
      List* path = list_new(0);
      if (!fnd.package_dir.empty()) {
        Str* d = str_new(absolute_path(fnd.package_dir));
        list_append(vm, path, Value(d));
        decref(d);
      }
      dict_set_str(m->dict, g_names.path, Value(path));
      decref(path);
    }
    dict_set_str(m->dict, g_names.builtins, Value(vm.builtins_module));
    dict_set_str(vm.modules, intern(fullname), module);
    Code* code = compile_or_raise(vm, fnd.source, file, CompileMode::File);
    if (!code) {
      dict_del_str(vm.modules, intern(fullname));
      decref(module);
      co_return Value();
    }
    PyFrame* body = frame_new(vm, code, m->dict, vm.builtins, Value(m->dict), nullptr);
    decref(code);
    initializing().insert(fullname);
    CallPrep prep;
    prep.frame = body;
    Value r = co_await CallAwaiter{vm, prep};
    initializing().erase(fullname);
    if (!r) {
      dict_del_str(vm.modules, intern(fullname));
      decref(module);
      co_return Value();
    }
    decref(r);
    // the module may have replaced itself in sys.modules
    Value final = sys_modules_get(vm, fullname);
    if (final && final != module) {
      decref(module);
      module = newref(final);
    }
  }
  if (parent) {
    Str* attr = intern(fullname.substr(dot + 1));
    if (!set_attr(vm, parent, attr, module)) clear_error(vm);
  }
  co_return module;
}

std::string resolve_name(VM& vm, const std::string& name, Dict* globals, int64_t level, bool* ok) {
  *ok = false;
  Value package = dict_get_str(globals, g_names.package);
  std::string pkg;
  if (package && is_str(package)) {
    pkg = as_str(package)->data;
  } else if (package && !is_none(package)) {
    raise(vm, &TypeErrorType, "package must be a string");
    return "";
  } else {
    Value modname = dict_get_str(globals, g_names.name);
    if (!modname || !is_str(modname)) {
      raise(vm, &KeyErrorType, "'__name__' not in globals");
      return "";
    }
    pkg = as_str(modname)->data;
    if (!dict_get_str(globals, g_names.path)) {
      std::size_t d = pkg.rfind('.');
      pkg = d == std::string::npos ? "" : pkg.substr(0, d);
    }
  }
  if (pkg.empty()) {
    raise(vm, &ImportErrorType, "attempted relative import with no known parent package");
    return "";
  }
  std::string base = pkg;
  for (int64_t i = 1; i < level; ++i) {
    std::size_t d = base.rfind('.');
    if (d == std::string::npos) {
      raise(vm, &ImportErrorType, "attempted relative import beyond top-level package");
      return "";
    }
    base = base.substr(0, d);
  }
  *ok = true;
  return name.empty() ? base : base + "." + name;
}

}  // namespace

Co<Value> import_module_co(VM& vm, std::string name, Dict* globals, Value fromlist, int64_t level) {
  Ref keep_fromlist(fromlist);  // owned by this coroutine
  if (level > 0) {
    bool ok;
    name = resolve_name(vm, name, globals, level, &ok);
    if (!ok) co_return Value();
  } else if (name.empty()) {
    co_return raise(vm, &ValueErrorType, "Empty module name");
  }
  // import each dotted component in turn
  Value module;
  std::size_t start = 0;
  std::string top;
  for (;;) {
    std::size_t dot = name.find('.', start);
    std::string part = dot == std::string::npos ? name : name.substr(0, dot);
    Value m = co_await import_one(vm, part);
    if (!m) {
      decref(module);
      co_return Value();
    }
    if (top.empty()) top = part;
    decref(module);
    module = m;
    if (dot == std::string::npos) break;
    start = dot + 1;
  }
  bool has_fromlist = fromlist && !is_none(fromlist) && truthy(vm, fromlist) > 0;
  if (!has_fromlist) {
    if (level == 0 && top != name) {
      decref(module);
      Value t = sys_modules_get(vm, top);
      co_return t ? newref(t) : raisef(vm, &KeyErrorType, "%s", top.c_str());
    }
    if (level > 0) {
      // `from . import x` style handled via fromlist; plain relative import returns the top of the resolved name
      std::size_t cut = name.find('.');
      (void)cut;
    }
    co_return module;
  }
  // fromlist: import submodules named there when the module is a package
  Value path = get_attr_opt(vm, module, g_names.path);
  if (path) {
    decref(path);
    List* items = list_from_iterable(vm, fromlist);
    if (!items) {
      decref(module);
      co_return Value();
    }
    for (int64_t i = 0; i < items->size; ++i) {
      Value item = items->items[i];
      if (!is_str(item)) continue;
      Str* s = as_str(item);
      if (str_eq_ascii(s, "*")) {
        Value all = get_attr_opt(vm, module, g_names.all);
        if (all) {
          List* names = list_from_iterable(vm, all);
          decref(all);
          if (names) {
            for (int64_t k = 0; k < names->size; ++k) {
              if (!is_str(names->items[k])) continue;
              bool has;
              if (has_attr(vm, module, as_str(names->items[k]), &has) && !has) {
                Value sub = co_await import_one(vm, name + "." + as_str(names->items[k])->data);
                if (!sub) clear_error(vm);
                decref(sub);
              }
            }
            decref(names);
          }
        }
        continue;
      }
      bool has;
      if (!has_attr(vm, module, s, &has)) {
        decref(items);
        decref(module);
        co_return Value();
      }
      if (!has) {
        std::string sub = name + "." + s->data;
        Value m = co_await import_one(vm, sub);
        if (!m) {
          if (error_matches(vm, &ModuleNotFoundErrorType)) {
            // only swallow "no module named <sub>" itself
            BaseException* e = reinterpret_cast<BaseException*>(vm.exc);
            if (e->extra[0] && is_str(e->extra[0]) && as_str(e->extra[0])->view() == sub) {
              clear_error(vm);
              continue;
            }
          }
          decref(items);
          decref(module);
          co_return Value();
        }
        decref(m);
      }
    }
    decref(items);
  } else if (has_error(vm)) {
    decref(module);
    co_return Value();
  }
  co_return module;
}

Value import_name(VM& vm, PyFrame* f, Str* name, Value fromlist, Value level) {
  // builtins.__import__ may have been replaced
  Value imp = dict_get_str(f->builtins, g_names.import);
  Value default_imp = vm.builtins_import;
  if (imp && imp != default_imp) {
    Value args[5] = {Value(name), Value(f->globals), f->locals ? f->locals : none(), fromlist, level};
    return call(vm, imp, Args{args, 5, nullptr});
  }
  int64_t lv = level.is_small() ? level.small_value() : 0;
  vm.pending_frame = native_frame_new(vm, import_module_co(vm, name->data, f->globals, newref(fromlist), lv));
  return Value::pending();
}

Value import_from(VM& vm, Value module, Str* name) {
  Value v = get_attr(vm, module, name);
  if (v) return v;
  if (!error_matches(vm, &AttributeErrorType)) return Value();
  clear_error(vm);
  Value modname = get_attr_opt(vm, module, g_names.name);
  std::string mname = modname && is_str(modname) ? as_str(modname)->data : "<unknown module name>";
  decref(modname);
  if (mname != "<unknown module name>") {
    Value sub = sys_modules_get(vm, mname + "." + name->data);
    if (sub) return newref(sub);
  }
  Value file = get_attr_opt(vm, module, g_names.file);
  std::string where = file && is_str(file) ? as_str(file)->data : "unknown location";
  decref(file);
  if (initializing().count(mname)) {
    raisef(vm, &ImportErrorType,
           "cannot import name '%s' from partially initialized module '%s' (most likely due to a circular import) (%s)",
           name->data, mname.c_str(), where.c_str());
  } else {
    raisef(vm, &ImportErrorType, "cannot import name '%s' from '%s' (%s)", name->data, mname.c_str(), where.c_str());
  }
  BaseException* e = reinterpret_cast<BaseException*>(vm.exc);
  decref(e->extra[0]);
  e->extra[0] = Value(str_new(mname));
  return Value();
}

bool import_star(VM& vm, PyFrame* f, Value module) {
  Value all = get_attr_opt(vm, module, g_names.all);
  List* names;
  bool skip_private = false;
  if (all) {
    names = list_from_iterable(vm, all);
    decref(all);
    if (!names) return false;
  } else {
    if (has_error(vm)) return false;
    Value d = get_attr(vm, module, g_names.dict);
    if (!d) return false;
    names = list_new(0);
    if (is_dict(d)) {
      int64_t pos = 0;
      Value k;
      while (dict_next(d.as<Dict>(), &pos, &k, nullptr)) list_append(vm, names, k);
    }
    decref(d);
    skip_private = true;
  }
  bool ok = true;
  for (int64_t i = 0; i < names->size && ok; ++i) {
    Value n = names->items[i];
    if (!is_str(n)) {
      Value modname = get_attr_opt(vm, module, g_names.name);
      raisef(vm, &TypeErrorType, "Item in %s.__all__ must be str, not %s",
             modname && is_str(modname) ? as_str(modname)->data : "?", tname(n));
      decref(modname);
      ok = false;
      break;
    }
    Str* s = as_str(n);
    if (skip_private && s->size && s->data[0] == '_') continue;
    Value v = get_attr(vm, module, s);
    if (!v) {
      ok = false;
      break;
    }
    ok = mapping_store_name(vm, f->locals ? f->locals : Value(f->globals), intern(s->view()), v);
    decref(v);
  }
  decref(names);
  return ok;
}

}  // namespace coil
