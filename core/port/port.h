// port.h - the seams to the host: clock, sleeping, console output and blocking input.
#pragma once

#include <string>
#include <string_view>

namespace coil {

double port_now();                 // monotonic seconds
double port_wall_time();           // seconds since the epoch (time.time())
void port_sleep(double seconds);   // blocks (only used by command-line embedders / nested runs)
// Reads one line from the process's stdin, without the newline; false at end of file.
bool port_read_line(std::string* line);
bool port_can_block();             // false in a browser main thread

}  // namespace coil
