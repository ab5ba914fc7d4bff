// port.cpp - host services implemented with the C++ standard library (native and Emscripten).
#include "port/port.h"

#include <chrono>
#include <cstdio>
#include <iostream>
#include <thread>

#ifdef __EMSCRIPTEN__
#include <emscripten.h>
#endif

namespace coil {

double port_now() {
  using namespace std::chrono;
  return duration<double>(steady_clock::now().time_since_epoch()).count();
}

double port_wall_time() {
  using namespace std::chrono;
  return duration<double>(system_clock::now().time_since_epoch()).count();
}

void port_sleep(double seconds) {
  if (seconds <= 0) return;
  std::this_thread::sleep_for(std::chrono::duration<double>(seconds));
}

bool port_read_line(std::string* line) {
  if (!std::getline(std::cin, *line)) return false;
  if (!line->empty() && line->back() == '\r') line->pop_back();
  return true;
}

bool port_can_block() {
#ifdef __EMSCRIPTEN__
  return EM_ASM_INT({ return typeof window === 'undefined' ? 1 : 0; }) != 0;
#else
  return true;
#endif
}

}  // namespace coil
