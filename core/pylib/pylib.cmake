# pylib.cmake - embeds the modules written in Python (core/pylib/**.py) into coil-core.
#
# Included from core/CMakeLists.txt after add_library(coil-core ...). tools/gen_pylib.py turns
# the sources into pylib_modules.inc in the build tree (never committed), which
# modules/pylib.cpp includes. Adding a module: drop NAME.py (or NAME/__init__.py) here.
file(GLOB_RECURSE COIL_PYLIB_SOURCES CONFIGURE_DEPENDS ${CMAKE_CURRENT_LIST_DIR}/*.py)
set(COIL_PYLIB_GEN_DIR ${CMAKE_CURRENT_BINARY_DIR}/pylib_gen)
set(COIL_PYLIB_GENERATOR ${CMAKE_CURRENT_LIST_DIR}/../../tools/gen_pylib.py)
add_custom_command(
  OUTPUT ${COIL_PYLIB_GEN_DIR}/pylib_modules.inc
  COMMAND ${Python3_EXECUTABLE} ${COIL_PYLIB_GENERATOR} ${CMAKE_CURRENT_LIST_DIR} ${COIL_PYLIB_GEN_DIR}/pylib_modules.inc
  DEPENDS ${COIL_PYLIB_GENERATOR} ${COIL_PYLIB_SOURCES}
  COMMENT "Embedding core/pylib (modules written in Python)"
  VERBATIM)
target_sources(coil-core PRIVATE ${COIL_PYLIB_GEN_DIR}/pylib_modules.inc)
target_include_directories(coil-core PRIVATE ${COIL_PYLIB_GEN_DIR})
