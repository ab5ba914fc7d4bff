// api_async_suspend_test.cpp - input() inside async generators, their awaitables and hooks suspends the run (stackless), never nests.
#include <catch2/catch.hpp>

#include <string>

#include "coil/coil.h"

namespace {

// Runs `source`, answering each input() with "a1", "a2", ...; counts the suspensions for input.
struct InputRun {
  std::string out, err;
  coil::RunResult result;
  int inputs = 0;
};

InputRun run_with_inputs(const std::string& source) {
  InputRun r;
  coil::Options options;
  options.write = [&r](coil::Stream s, std::string_view text) {
    (s == coil::Stream::Out ? r.out : r.err).append(text.data(), text.size());
  };
  coil::Interpreter interp(options);
  interp.load(source, "<test>");
  for (int calls = 0; calls < 10000; ++calls) {
    r.result = interp.run(coil::Budget{1000, 1.0});
    if (r.result.status != coil::Status::Suspended) break;
    if (r.result.wait == coil::Wait::Input) {
      ++r.inputs;
      interp.send_input("a" + std::to_string(r.inputs));
    } else if (r.result.wait != coil::Wait::Budget) {
      break;
    }
  }
  return r;
}

// A driver for coroutines without asyncio, shared by the programs below.
const char* kDriver =
    "def run(c):\n"
    "    try:\n"
    "        while True:\n"
    "            c.send(None)\n"
    "    except StopIteration as e:\n"
    "        return e.value\n";

}  // namespace

TEST_CASE("input() in an async generator consumed by async for suspends the run", "[api][async]") {
  InputRun r = run_with_inputs(std::string(kDriver) +
                               "async def agen():\n"
                               "    for i in range(2):\n"
                               "        yield input()\n"
                               "async def main():\n"
                               "    return [x async for x in agen()]\n"
                               "print(run(main()))\n");
  CHECK(r.result.status == coil::Status::Finished);
  CHECK(r.inputs == 2);
  CHECK(r.out == "['a1', 'a2']\n");
}

TEST_CASE("input() in asyncgen hooks, athrow, aclose and anext() with a default suspends the run", "[api][async]") {
  InputRun r = run_with_inputs(std::string(kDriver) +
                               "import sys, gc\n"
                               "sys.set_asyncgen_hooks(lambda g: print('first', input()),\n"
                               "                       lambda g: print('final', input()))\n"
                               "async def agen():\n"
                               "    try:\n"
                               "        while True:\n"
                               "            try:\n"
                               "                yield 1\n"
                               "            except KeyError:\n"
                               "                print('caught', input())\n"
                               "    finally:\n"
                               "        print('finally', input())\n"
                               "async def main():\n"
                               "    g = agen()\n"
                               "    print(await anext(g, 'd'))\n"
                               "    print(await g.athrow(KeyError))\n"
                               "    await g.aclose()\n"
                               "    h = agen()\n"
                               "    await h.asend(None)\n"
                               "    del h\n"
                               "    gc.collect()\n"
                               "    return 'done'\n"
                               "print(run(main()))\n");
  CHECK(r.result.status == coil::Status::Finished);
  CHECK(r.inputs == 5);
  CHECK(r.out == "first a1\n1\ncaught a2\n1\nfinally a3\nfirst a4\nfinal a5\ndone\n");
}
