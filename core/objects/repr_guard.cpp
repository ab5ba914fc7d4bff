// repr_guard.cpp - the "repr in progress" set shared by every container repr (CPython's Py_ReprEnter).
#include "objects/repr_guard.h"

#include <unordered_map>
#include <vector>

namespace coil {

namespace {
// Per interpreter: reprs nest strictly within one VM (they run as nested calls, never suspended).
std::unordered_map<VM*, std::vector<Object*>>& in_progress() {
  static std::unordered_map<VM*, std::vector<Object*>> m;
  return m;
}
}  // namespace

bool repr_enter(VM& vm, Object* o) {
  std::vector<Object*>& v = in_progress()[&vm];
  for (Object* p : v)
    if (p == o) return true;
  v.push_back(o);
  return false;
}

void repr_leave(VM& vm, Object* o) {
  auto it = in_progress().find(&vm);
  if (it == in_progress().end()) return;
  std::vector<Object*>& v = it->second;
  for (std::size_t i = v.size(); i-- > 0;) {
    if (v[i] == o) {
      v.erase(v.begin() + std::ptrdiff_t(i));
      break;
    }
  }
}

}  // namespace coil
