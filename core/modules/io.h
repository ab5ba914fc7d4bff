// io.h - what the rest of the core needs from the io module (modules/mod_io.cpp).
#pragma once

#include <string>

#include "vm/vm.h"

namespace coil {

// builtins.open (the same function object as io.open once io is imported).
Value io_open(VM& vm, Args a);

// Sets up the io types (called lazily by the io module; bootstrap may call it early).
void init_io_types();

// Raises OSError(err, strerror(err)[, filename]) as CPython does, so the errno picks the subclass
// (FileNotFoundError, IsADirectoryError, ...). err is a Linux errno number. Returns null.
Value io_raise_errno(VM& vm, int err, Value filename);

// os.fspath(): str/bytes unchanged, else __fspath__() (new reference) or TypeError.
Value io_fspath(VM& vm, Value path);
// A path argument as the bytes given to the OS (str encoded as UTF-8 with surrogateescape).
// funcname non-null: "funcname: path should be string, bytes or os.PathLike, not X" for bad types.
bool io_path_bytes(VM& vm, Value path, std::string* out, const char* funcname);

}  // namespace coil
