# traceback: print_exc/format_exc/format_exception/format_tb/extract_tb/TracebackException
import sys
import traceback


def average(xs):
    return sum(xs) / len(xs)


def outer():
    return average([])


try:
    outer()
except ZeroDivisionError as e:
    traceback.print_exc(file=sys.stdout)
    print("---")
    print(traceback.format_exc(limit=1), end="")
    print(traceback.format_exc(limit=-1), end="")
    print(traceback.format_exc(limit=0), end="")
    print(traceback.format_exception_only(e))
    print(traceback.format_exception_only(type(e), e))
    print(traceback.format_exception(e))
    print(traceback.format_exception(type(e), e, e.__traceback__, limit=2))
    print(traceback.format_tb(e.__traceback__))
    print(traceback.format_tb(e.__traceback__, limit=-1))
    stack = traceback.extract_tb(e.__traceback__)
    print(stack)
    print(stack[0], stack[0].filename, stack[0].lineno, stack[0].name, stack[0].line)
    print(len(stack), tuple(stack[-1]), stack[-1] == ("mod_traceback_format.py", 7, "average", "return sum(xs) / len(xs)"))
    te = traceback.TracebackException.from_exception(e)
    print("".join(te.format()), end="")
    print(list(te.format_exception_only()), te.exc_type, str(te))
    traceback.print_exception(e, file=sys.stdout)
    traceback.print_exception(type(e), e, e.__traceback__, file=sys.stdout, limit=1)
    traceback.print_tb(e.__traceback__, file=sys.stdout)
    traceback.print_tb(e.__traceback__, limit=1, file=sys.stdout)

print(repr(traceback.format_exc()))
print(traceback.format_exception_only(None))


def deep(n):
    if n == 0:
        raise KeyError("deep")
    return deep(n - 1)


try:
    deep(10)
except KeyError:
    traceback.print_exc(file=sys.stdout)
    traceback.print_exc(limit=3, file=sys.stdout)

try:
    try:
        1 / 0
    except Exception as e:
        raise ValueError("bad") from e
except ValueError as e:
    traceback.print_exc(file=sys.stdout)
    print("---")
    traceback.print_exc(file=sys.stdout, chain=False)
    print(len(traceback.format_exception(e)), len(traceback.format_exception(e, chain=False)))

try:
    try:
        {}["k"]
    except KeyError:
        raise TypeError("during")
except TypeError as e:
    print("".join(traceback.TracebackException.from_exception(e).format()), end="")

e = ValueError("with a note")
e.add_note("note one")
print(traceback.format_exception_only(e))
print(traceback.format_exception(e))


def here():
    return traceback.extract_stack()


s = here()
print([(f.name, f.lineno) for f in s][-2:], s[-1].line)
print(traceback.format_list([("a.py", 3, "f", "x = 1"), ("b.py", 4, "g", None)]))
print(traceback.StackSummary.from_list([("a.py", 3, "f", "x = 1")]).format())
print(traceback.FrameSummary("a.py", 1, "f", line="pass"))
try:
    traceback.format_exception(1)
except TypeError as e:
    print(type(e).__name__, e)

# entries of tracebacks keep their carets; entries of the running stack have none
try:
    outer()
except ZeroDivisionError as e:
    s = traceback.extract_tb(e.__traceback__)
    print(traceback.format_list(s))
    print(s.format())
    print(traceback.TracebackException.from_exception(e).stack.format())


def ident(x):
    return x


def in_call():
    return ident(traceback.format_stack()) + [1]


print(in_call()[-3:])
print(ident(traceback.extract_stack())[-1:])
traceback.print_stack(file=sys.stdout)


def rec(n):
    if n == 0:
        return traceback.format_stack()
    return rec(n - 1)


print("".join(rec(6)), end="")
ns = {}
exec("def h():\n    return 1 / 0\n", ns)
try:
    ns["h"]()
except ZeroDivisionError as e:
    print(traceback.extract_tb(e.__traceback__)[-1].line, traceback.format_tb(e.__traceback__)[-1], end="")
