# unicode_tables.cmake - runs tools/gen_unicode.py at build time to make coil-core's Unicode tables.
#
# Include it from core/CMakeLists.txt after add_library(coil-core ...):
#   include(${CMAKE_CURRENT_SOURCE_DIR}/objects/unicode_tables.cmake)
# The tables are read from the build machine's python3 (3.11, Unicode 14.0.0; the generator
# fails otherwise) into the build tree; they are never committed. Configure with
# -DCOIL_UNICODE_NAMES=OFF to leave character names out (uni_name/uni_lookup_name then fail).

option(COIL_UNICODE_NAMES "Build Unicode character names into coil-core (unicodedata.name/lookup, \\N{...})" ON)
find_package(Python3 3.11 REQUIRED COMPONENTS Interpreter)

set(COIL_UNICODE_GEN_DIR ${CMAKE_CURRENT_BINARY_DIR}/unicode_gen)
set(COIL_UNICODE_GENERATOR ${CMAKE_CURRENT_LIST_DIR}/../../tools/gen_unicode.py)
set(COIL_UNICODE_GEN_OUTPUTS
  ${COIL_UNICODE_GEN_DIR}/unicode_tables.inc
  ${COIL_UNICODE_GEN_DIR}/unicode_norm_tables.inc
  ${COIL_UNICODE_GEN_DIR}/unicode_names.inc)
add_custom_command(
  OUTPUT ${COIL_UNICODE_GEN_OUTPUTS}
  COMMAND ${Python3_EXECUTABLE} ${COIL_UNICODE_GENERATOR} ${COIL_UNICODE_GEN_DIR}
  DEPENDS ${COIL_UNICODE_GENERATOR}
  COMMENT "Generating Unicode tables from python3's unicodedata"
  VERBATIM)
# Listing the outputs as sources makes them exist before any coil-core object is compiled.
target_sources(coil-core PRIVATE ${COIL_UNICODE_GEN_OUTPUTS})
target_include_directories(coil-core PRIVATE ${COIL_UNICODE_GEN_DIR})
target_compile_definitions(coil-core PRIVATE COIL_UNICODE_NAMES=$<BOOL:${COIL_UNICODE_NAMES}>)
