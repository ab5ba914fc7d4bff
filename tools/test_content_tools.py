#!/usr/bin/env python3
"""test_content_tools.py - tests of the content tools themselves, on the fixtures in tests/content/.

Usage: tools/test_content_tools.py [-v] [--coil-cells "COMMAND"]
  tests/content/broken/NN-x.md   a broken chapter; NN-x.errors lists exactly the validator's messages for it
  tests/content/good/*.md        valid chapters with committed recordings (.out): no errors, record --check clean
  --coil-cells                   also run tools/run_content_tests.py with that command on the good fixtures
"""
import glob
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

TOOLS = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, TOOLS)
import content_format as cf  # noqa: E402
import content_out  # noqa: E402

FIXTURES = os.path.join(cf.REPO, "tests", "content")
BROKEN = sorted(glob.glob(os.path.join(FIXTURES, "broken", "*.md")))
GOOD = sorted(glob.glob(os.path.join(FIXTURES, "good", "*.md")))
COIL_CELLS = None


def tool(name, *args, cwd=None):
    p = subprocess.run([sys.executable, os.path.join(TOOLS, name), *args], cwd=cwd,
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    return p.returncode, p.stdout


class BrokenChapters(unittest.TestCase):
    def test_fixtures_exist(self):
        self.assertGreaterEqual(len(BROKEN), 7)

    def test_each_broken_chapter_gives_exactly_its_errors(self):
        for path in BROKEN:
            with self.subTest(chapter=os.path.basename(path)):
                with open(path[:-3] + ".errors", encoding="utf-8") as f:
                    expected = f.read().splitlines()
                self.assertTrue(expected, "a broken fixture must expect errors")
                _, errors = cf.load([path])
                self.assertEqual(errors, expected)

    def test_validator_cli_fails_and_names_file_and_line(self):
        code, out = tool("validate_content.py", BROKEN[0])
        self.assertEqual(code, 1)
        self.assertIn("tests/content/broken/01-cells.md:5: unknown cell kind 'pyton'", out)

    def test_recorder_writes_nothing_for_an_invalid_chapter(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "01-cells.md")
            shutil.copy(BROKEN[0], path)
            code, out = tool("record_content.py", path)
            self.assertEqual(code, 1, out)
            self.assertIn("not recorded", out)
            self.assertEqual(os.listdir(tmp), ["01-cells.md"])


class GoodChapters(unittest.TestCase):
    def test_valid(self):
        self.assertTrue(GOOD)
        _, errors = cf.load(GOOD)
        self.assertEqual(errors, [])

    def test_structure(self):
        chapters, _ = cf.load(GOOD)
        ch = chapters[0]
        self.assertEqual(ch.title, "A sample chapter")
        self.assertEqual([s.id for s in ch.slides], ["objects", "errors-and-input"])
        cells = ch.cells()
        self.assertEqual([c.name for c in cells][:4], ["objects/1", "objects/2", "objects/3", "objects/4"])
        self.assertEqual((cells[1].kind, cells[1].runnable), ("text", False))
        self.assertEqual(cells[2].attrs, {"hidden": None})
        self.assertEqual(cells[0].line, 8)
        self.assertEqual(cells[0].source, "def square(x):\n    return x ** 2\n\nsquare(3)\n")
        stdin_cell = ch.slides[1].blocks[1]
        self.assertEqual(stdin_cell.attrs, {"stdin": "Ada\n42\n"})
        self.assertIn("Say that functions are objects", ch.slides[0].notes)
        ex = ch.exercises()[0]
        self.assertEqual(ex.id, "double")
        self.assertIn("### Double it", ex.prose)
        self.assertEqual(ex.solution.source, "def double(x):\n    return 2 * x\n")

    def test_record_check_is_clean(self):
        if sys.version_info[:2] != (3, 11):
            self.skipTest("record_content.py needs CPython 3.11")
        code, out = tool("record_content.py", "--check", *GOOD)
        self.assertEqual(code, 0, out)

    def test_recording_covers_the_semantics(self):
        with open(GOOD[0][:-3] + ".out", encoding="utf-8") as f:
            out = f.read()
        for expected in ['  File "<cell errors-and-input/1>", line 4, in <module>\n    fail(0)\n',  # source lines
                         "Name? Age? Hello Ada, 42\n",                      # stdin attribute
                         "EOFError: EOF when reading a line\n",              # then end of input
                         "started\nworker done\n",                           # stderr interleaved, threads joined
                         "no newline\n\\ no newline at end\n",
                         "1764\n'a string, displayed'\n",                    # displayhook of the last expression
                         "\\=== not a header\n",
                         "=== cell errors-and-input/9 #1c0b47a1\nbye\n"]:   # SystemExit("bye")
            self.assertIn(expected, out)
        self.assertNotIn("content_kernel", out)
        self.assertNotIn("errors-and-input/6", out)  # norun


class OutFormat(unittest.TestCase):
    def test_round_trip(self):
        outputs = ["", "\n", "a", "a\n", "=== cell x/1 #00000000\n", "\\", "\\ no newline at end", "x\n\n\n",
                   "\\ no newline at end\n", "\r\n", "é✔"]
        text = content_out.format_file([("cell s/%d" % i, "0123abcd", o) for i, o in enumerate(outputs)])
        sections, problems = content_out.parse(text)
        self.assertEqual(problems, [])
        self.assertEqual([sections["cell s/%d" % i].output for i in range(len(outputs))], outputs)

    def test_info_strings(self):
        self.assertEqual(cf.parse_info('python {stdin="a\\n\\"b\\"\\\\"} {hidden}'),
                         ("python", {"stdin": 'a\n"b"\\', "hidden": None}, None))
        self.assertEqual(cf.parse_info("python {hidden vary=\"x y\"}"),
                         ("python", {"hidden": None, "vary": "x y"}, None))
        self.assertIsNotNone(cf.parse_info("python hidden")[2])

    def test_slug(self):
        self.assertEqual(cf.slug("What's new in 3.11?"), "what-s-new-in-3-11")


class CoilRunner(unittest.TestCase):
    def test_coil_cells_protocol(self):
        if not COIL_CELLS:
            self.skipTest("no --coil-cells")
        import shlex
        import content_jobs as cj
        import run_content_tests as rct
        cells = [cj.JobCell("<cell a/1>", "import time\ntime.sleep(0.2)\n'slept'\n", None, "s1"),
                 cj.JobCell("<cell a/2>", "while True:\n    pass\n", None, "s2"),
                 cj.JobCell("<cell a/3>", "print(input('? '), input('? '))\ninput()\n", "x\ny", "s3"),
                 cj.JobCell("<cell a/4>", "input('again ')\n", "z\n", "s4"),
                 cj.JobCell("<cell a/5>", "import sys\nsys.exit(3)\n", None, "s5"),
                 cj.JobCell("<cell a/6>", "print('still', 'here')\n", None, "s6")]
        command = [os.path.abspath(c) if os.path.exists(c) else c for c in shlex.split(COIL_CELLS)]
        results = rct.run_job(command, cj.Job("test", cells), 2)
        self.assertEqual([r.status for r in results], ["ok", "timeout", "error", "ok", "exit", "ok"])
        self.assertEqual(results[0].output, "'slept'\n")
        self.assertIn("KeyboardInterrupt", results[1].output)
        self.assertTrue(results[2].output.startswith("? ? x y\nTraceback"), results[2].output)
        self.assertIn("EOFError: EOF when reading a line\n", results[2].output)
        self.assertEqual(results[3].output, "again 'z'\n")
        self.assertEqual(results[5].output, "still here\n")

    def test_good_fixtures_under_coil(self):
        if not COIL_CELLS:
            self.skipTest("no --coil-cells")
        known = os.path.join(FIXTURES, "good", "known_failures.txt")
        code, out = tool("run_content_tests.py", "--coil-cells", COIL_CELLS, "--known", known, *GOOD)
        print(out)
        self.assertEqual(code, 0, out)


if __name__ == "__main__":
    if "--coil-cells" in sys.argv:
        i = sys.argv.index("--coil-cells")
        COIL_CELLS = sys.argv[i + 1]
        del sys.argv[i:i + 2]
    unittest.main()
