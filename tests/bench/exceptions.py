# exceptions: raising and catching in loops (custom classes, try/except/else/finally, re-raise, chaining, with).
import sys


class AppError(Exception):
    pass


class NotFound(AppError):
    def __init__(self, key):
        super().__init__("not found: %r" % (key,))
        self.key = key


class Guard:
    def __init__(self, log):
        self.log = log

    def __enter__(self):
        self.log[0] += 1
        return self

    def __exit__(self, kind, value, tb):
        if kind is NotFound:
            self.log[1] += 1
            return True
        return False


def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        raise NotFound(key) from None


def checked_div(a, b):
    try:
        return a // b
    except ZeroDivisionError as e:
        raise AppError("division") from e


def main(n):
    table = {i: i * i for i in range(0, 100, 3)}
    found = missing = divs = finals = chained = elses = 0
    log = [0, 0]
    for i in range(n):
        try:
            found += lookup(table, i % 100)
        except NotFound as e:
            missing += e.key
        try:
            divs += checked_div(i, i % 7)
        except AppError as e:
            if isinstance(e.__cause__, ZeroDivisionError):
                chained += 1
        else:
            elses += 1
        finally:
            finals += 1
        with Guard(log):
            if i % 5 == 0:
                raise NotFound(i)
        try:
            try:
                int("x%d" % i) if i % 11 == 0 else int(str(i))
            except ValueError:
                raise
        except (TypeError, ValueError) as e:
            missing += len(e.args)
    print("found", found, "missing", missing, "divs", divs)
    print("finals", finals, "chained", chained, "elses", elses, "guard", log)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 150000)
