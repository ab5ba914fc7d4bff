# embed.cmake - writes core/pylib/*.py into one include file of C++ raw string literals.
# Run by core/pylib/pylib.cmake at build time: cmake -DSRC_DIR=... -DOUT=... -P embed.cmake
# Each entry is {module name, is package, source}; a file `pkg/__init__.py` becomes package `pkg`.
file(GLOB_RECURSE files RELATIVE ${SRC_DIR} ${SRC_DIR}/*.py)
list(SORT files)
set(text "// Generated from core/pylib/*.py by core/pylib/embed.cmake; do not edit.\n")
foreach(f ${files})
  file(READ ${SRC_DIR}/${f} body)
  string(REGEX REPLACE "\\.py$" "" name ${f})
  set(pkg false)
  if(name MATCHES "/__init__$")
    string(REGEX REPLACE "/__init__$" "" name ${name})
    set(pkg true)
  endif()
  string(REPLACE "/" "." name ${name})
  string(APPEND text "{\"${name}\", ${pkg}, R\"coil_pylib(${body})coil_pylib\"},\n")
endforeach()
file(WRITE ${OUT} "${text}")
