// mod_traceback.cpp - the _traceback helper module: the core's traceback formatter and source
// lines, for the Python modules traceback and linecache (core/pylib).
#include <string>

#include "modules/registry.h"
#include "vm/runtime.h"
#include "vm/traceback.h"

namespace coil {

namespace {

// Reads an optional int limit: None -> -1 (no limit); false + TypeError otherwise.
bool limit_arg(VM& vm, Value v, long* out) {
  *out = -1;
  if (!v || is_none(v)) return true;
  if (!is_int(v)) {
    raisef(vm, &TypeErrorType, "limit must be an int or None, not %s", std::string(type_of(v)->name->view()).c_str());
    return false;
  }
  bool overflow = false;
  int64_t n = int_as_i64(v, &overflow);
  if (overflow) n = int_sign(v) < 0 ? -1000000000L : 1000000000L;
  *out = long(n);
  return true;
}

// format_exception(exc, limit=None, from_top=True) -> str: the full report, chains included.
Value tb_format_exception(VM& vm, Args a) {
  Value out[3];
  if (!parse_args(vm, a, "format_exception", "exc,|limit,from_top", out)) return Value();
  long limit;
  if (!limit_arg(vm, out[1], &limit)) return Value();
  bool from_top = !out[2] || truthy(vm, out[2]) == 1;
  if (limit < 0) limit = 1000000000L;
  std::string text = format_exception_limited(vm, out[0], limit, from_top, false);
  return Value(str_new(text));
}

// format_exception_only(exc) -> str: the last line(s), "Type: message" and notes.
Value tb_format_exception_only(VM& vm, Args a) {
  if (!check_nargs(vm, a, "format_exception_only", 1, 1)) return Value();
  return Value(str_new(format_exception_only(vm, a[0], false)));
}

// format_tb(tb, limit=None, from_top=True) -> str: the entries of a traceback object.
Value tb_format_tb(VM& vm, Args a) {
  Value out[3];
  if (!parse_args(vm, a, "format_tb", "exc,|limit,from_top", out)) return Value();
  long limit;
  if (!limit_arg(vm, out[1], &limit)) return Value();
  bool from_top = !out[2] || truthy(vm, out[2]) == 1;
  if (limit < 0) limit = 1000000000L;
  return Value(str_new(format_traceback_entries(vm, out[0], limit, from_top)));
}

// source_line(filename, lineno) -> str: the line without its end of line ("" if unknown).
Value tb_source_line(VM& vm, Args a) {
  if (!check_nargs(vm, a, "source_line", 2, 2)) return Value();
  if (!is_str(a[0]) || !is_int(a[1])) return raise(vm, &TypeErrorType, "source_line(str, int)");
  bool overflow = false;
  int64_t n = int_as_i64(a[1], &overflow);
  if (overflow || n < 1 || n > 1000000000) return Value(str_new(""));
  return Value(str_new(source_line(vm, std::string(as_str(a[0])->view()), int(n))));
}

// registered_source(filename) -> str or None: source text the VM compiled under that name. As in
// tracebacks, pseudo names ("<string>") have no lines unless they are shown sources (cells).
Value tb_registered_source(VM& vm, Args a) {
  if (!check_nargs(vm, a, "registered_source", 1, 1)) return Value();
  if (!is_str(a[0])) return new_none();
  std::string name(as_str(a[0])->view());
  if (!name.empty() && name.front() == '<' && name.back() == '>' && !vm.shown_sources.count(name))
    return new_none();
  auto it = vm.sources.find(name);
  if (it == vm.sources.end()) return new_none();
  return Value(str_new(it->second));
}

const MethodDef kTracebackMethods[] = {
    {"format_exception", tb_format_exception, kMethPlain, nullptr, nullptr},
    {"format_exception_only", tb_format_exception_only, kMethPlain, nullptr, nullptr},
    {"format_tb", tb_format_tb, kMethPlain, nullptr, nullptr},
    {"source_line", tb_source_line, kMethPlain, nullptr, nullptr},
    {"registered_source", tb_registered_source, kMethPlain, nullptr, nullptr},
    {nullptr, nullptr, 0, nullptr, nullptr}};

}  // namespace

const ModuleDef kModTraceback = {"_traceback", kTracebackMethods, nullptr,
                                 "The core's traceback formatter (for traceback and linecache)."};

}  // namespace coil
