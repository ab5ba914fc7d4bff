#!/usr/bin/env python3
"""validate_content.py - checks course chapters against content/README.md and their recorded outputs; prints every error.

Usage: tools/validate_content.py [--no-recordings] [CHAPTER.md ...]   (default: every content/chapters/*.md)
  --no-recordings   skip the checks that need the .out files (present, current, the exercise rule)
Errors are printed as 'path:line: message'; exit status 1 if there is any. Nothing is modified.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import content_format as cf  # noqa: E402


def main(argv):
    recordings = "--no-recordings" not in argv
    paths = [a for a in argv if not a.startswith("--")]
    chapters, errors = cf.load(paths or None, recordings=recordings)
    for e in errors:
        print(e)
    cells = sum(1 for c in chapters for cell in c.cells() if cell.runnable)
    exercises = sum(len(c.exercises()) for c in chapters)
    print("validate_content: %d chapters, %d slides, %d runnable cells, %d exercises, %d errors"
          % (len(chapters), sum(len(c.slides) for c in chapters), cells, exercises, len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
