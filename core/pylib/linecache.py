"""Lines of source files, as tracebacks show them (sources the interpreter compiled come first)."""

import _traceback

__all__ = ['getline', 'clearcache', 'checkcache', 'lazycache', 'getlines', 'updatecache']

cache = {}


def getline(filename, lineno, module_globals=None):
    """Line `lineno` (1-based) of the file with its newline, or '' if there is none."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """All lines of the file (with their newlines), or [] if it cannot be read."""
    if filename in cache:
        entry = cache[filename]
        if len(entry) != 1:
            return cache[filename][2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def clearcache():
    cache.clear()


def checkcache(filename=None):
    """Drops cached files that changed on disk (sizes and times are not tracked here: all of them)."""
    if filename is None:
        filenames = list(cache)
    elif filename in cache:
        filenames = [filename]
    else:
        return
    for name in filenames:
        entry = cache[name]
        if len(entry) == 1 or entry[1] is None:
            continue
        cache.pop(name, None)


def updatecache(filename, module_globals=None):
    """Reads the file again into the cache and returns its lines."""
    cache.pop(filename, None)
    if not filename:
        return []
    text = _traceback.registered_source(filename)
    mtime = None
    if text is None:
        if filename.startswith('<') and filename.endswith('>'):
            return []
        try:
            with open(filename, encoding='utf-8') as f:
                text = f.read()
        except (OSError, UnicodeDecodeError, ValueError):
            return []
        mtime = 0
    lines = text.splitlines(True)
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    cache[filename] = (len(text), mtime, lines, filename)
    return lines


def lazycache(filename, module_globals):
    return False
