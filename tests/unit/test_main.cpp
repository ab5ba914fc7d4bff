// test_main.cpp - the Catch2 (v2) main of coil-tests; test cases live in the other tests/unit/*.cpp files.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
