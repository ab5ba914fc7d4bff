// args.cpp - argument parsing for builtin functions with CPython's messages (argument clinic style).
#include <cstring>
#include <string>
#include <vector>

#include "vm/runtime.h"

namespace coil {

namespace {

struct Param {
  std::string name;
  bool optional = false;
  bool posonly = false;
  bool kwonly = false;
};

// Parsed specs are cached by their address (specs are string literals).
const std::vector<Param>& parse_spec(const char* spec) {
  static std::vector<std::pair<const char*, std::vector<Param>>> cache;
  for (auto& e : cache)
    if (e.first == spec) return e.second;
  std::vector<Param> params;
  bool optional = false, kwonly = false;
  const char* p = spec;
  while (*p) {
    const char* e = std::strchr(p, ',');
    std::string item = e ? std::string(p, e - p) : std::string(p);
    p = e ? e + 1 : p + std::strlen(p);
    while (!item.empty() && item[0] == '|') {
      optional = true;
      item.erase(0, 1);
    }
    if (item.empty()) continue;
    if (item == "/") {
      for (Param& q : params) q.posonly = true;
      continue;
    }
    if (item == "*") {
      kwonly = true;
      continue;
    }
    Param q;
    q.name = item;
    q.optional = optional;
    q.kwonly = kwonly;
    params.push_back(q);
  }
  cache.emplace_back(spec, std::move(params));
  return cache.back().second;
}

}  // namespace

bool parse_args(VM& vm, Args a, const char* fname, const char* spec, Value* out) {
  const std::vector<Param>& params = parse_spec(spec);
  std::size_t npos_max = 0, nrequired_pos = 0;
  for (const Param& q : params) {
    if (q.kwonly) continue;
    ++npos_max;
    if (!q.optional) ++nrequired_pos;
  }
  for (std::size_t i = 0; i < params.size(); ++i) out[i] = Value();
  if (a.n > npos_max) {
    if (npos_max == nrequired_pos)
      raisef(vm, &TypeErrorType, "%s() takes exactly %zu argument%s (%u given)", fname, npos_max,
             npos_max == 1 ? "" : "s", a.n);
    else
      raisef(vm, &TypeErrorType, "%s() takes at most %zu argument%s (%u given)", fname, npos_max,
             npos_max == 1 ? "" : "s", a.n);
    return false;
  }
  std::size_t k = 0;
  for (std::size_t i = 0; i < params.size() && k < a.n; ++i) {
    if (params[i].kwonly) break;
    out[i] = a.v[k++];
  }
  for (uint32_t j = 0; j < a.nkw(); ++j) {
    Str* name = a.kwname(j);
    std::size_t found = params.size();
    for (std::size_t i = 0; i < params.size(); ++i)
      if (!params[i].posonly && name->view() == params[i].name) {
        found = i;
        break;
      }
    if (found == params.size()) {
      for (std::size_t i = 0; i < params.size(); ++i)
        if (params[i].posonly && name->view() == params[i].name) {
          raisef(vm, &TypeErrorType, "'%s' is an invalid keyword argument for %s()", name->data, fname);
          return false;
        }
      raisef(vm, &TypeErrorType, "'%s' is an invalid keyword argument for %s()", name->data, fname);
      return false;
    }
    if (out[found]) {
      raisef(vm, &TypeErrorType, "argument for %s() given by name ('%s') and position (%zu)", fname, name->data,
             found + 1);
      return false;
    }
    out[found] = a.kwvalue(j);
  }
  for (std::size_t i = 0; i < params.size(); ++i) {
    if (out[i] || params[i].optional) continue;
    if (params[i].kwonly)
      raisef(vm, &TypeErrorType, "%s() missing required keyword-only argument '%s'", fname, params[i].name.c_str());
    else
      raisef(vm, &TypeErrorType, "%s() missing required argument '%s' (pos %zu)", fname, params[i].name.c_str(), i + 1);
    return false;
  }
  return true;
}

bool no_kwargs(VM& vm, Args a, const char* fname) {
  if (a.nkw()) {
    raisef(vm, &TypeErrorType, "%s() takes no keyword arguments", fname);
    return false;
  }
  return true;
}

bool check_nargs(VM& vm, Args a, const char* fname, uint32_t min, uint32_t max) {
  if (!no_kwargs(vm, a, fname)) return false;
  if (a.n >= min && a.n <= max) return true;
  // counts here include self for methods; messages count the Python-visible arguments
  if (min == max) {
    uint32_t want = min;
    if (want == 1) raisef(vm, &TypeErrorType, "%s() takes exactly one argument (%u given)", fname, a.n);
    else raisef(vm, &TypeErrorType, "%s expected %u arguments, got %u", fname, want, a.n);
  } else if (a.n < min) {
    raisef(vm, &TypeErrorType, "%s expected at least %u argument%s, got %u", fname, min, min == 1 ? "" : "s", a.n);
  } else {
    raisef(vm, &TypeErrorType, "%s expected at most %u argument%s, got %u", fname, max, max == 1 ? "" : "s", a.n);
  }
  return false;
}

}  // namespace coil
