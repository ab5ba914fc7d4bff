# pylib.cmake - embeds the modules written in Python (core/pylib/*.py) into coil-core at build time.
# Include it from core/CMakeLists.txt after add_library(coil-core ...); modules/pylib.cpp includes
# the generated pylib_modules.inc.
file(GLOB_RECURSE COIL_PYLIB_SOURCES CONFIGURE_DEPENDS ${CMAKE_CURRENT_LIST_DIR}/*.py)
set(COIL_PYLIB_GEN_DIR ${CMAKE_CURRENT_BINARY_DIR}/pylib_gen)
set(COIL_PYLIB_INC ${COIL_PYLIB_GEN_DIR}/pylib_modules.inc)
add_custom_command(
  OUTPUT ${COIL_PYLIB_INC}
  COMMAND ${CMAKE_COMMAND} -DSRC_DIR=${CMAKE_CURRENT_LIST_DIR} -DOUT=${COIL_PYLIB_INC}
          -P ${CMAKE_CURRENT_LIST_DIR}/embed.cmake
  DEPENDS ${COIL_PYLIB_SOURCES} ${CMAKE_CURRENT_LIST_DIR}/embed.cmake
  COMMENT "Embedding core/pylib/*.py"
  VERBATIM)
# Listing the output as a source makes it exist before coil-core's objects are compiled.
target_sources(coil-core PRIVATE ${COIL_PYLIB_INC})
target_include_directories(coil-core PRIVATE ${COIL_PYLIB_GEN_DIR})
set_source_files_properties(${CMAKE_CURRENT_LIST_DIR}/../modules/pylib.cpp PROPERTIES OBJECT_DEPENDS ${COIL_PYLIB_INC})
