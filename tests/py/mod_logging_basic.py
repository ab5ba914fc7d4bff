# logging: loggers and their hierarchy, levels, handlers, formatters, basicConfig, lastResort
import logging
import os
import sys

log = logging.getLogger("demo")
print(log, logging.getLogger(), log.parent is logging.root, logging.getLogger("demo") is log)
log.error("no handler: goes to the last resort %s", 5)
log.warning("warn")
log.info("info is below WARNING")
logging.basicConfig(format="%(levelname)s:%(name)s: %(message)s", force=True, stream=sys.stdout)
log.error("configured %d", 3)
try:
    1 / 0
except ZeroDivisionError:
    log.exception("failed")
a = logging.getLogger("a.b.c")
b = logging.getLogger("a")
print(a.parent is b, b.parent is logging.root, a.getEffectiveLevel(), a.isEnabledFor(logging.INFO))
b.setLevel(logging.DEBUG)
a.debug("debug from a.b.c")
print(logging.getLevelName(10), logging.getLevelName("INFO"), logging.getLevelName(5), a.getChild("d").name)
print(logging.DEBUG, logging.INFO, logging.WARNING, logging.ERROR, logging.CRITICAL, logging.WARN, logging.FATAL, logging.NOTSET)
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("[%(levelname)-8s] %(name)s %(funcName)s %(lineno)d %(module)s %(filename)s: %(message)s"))
b.addHandler(h)


def fn():
    a.warning("twice %s", "x")


fn()
b.propagate = False
a.critical("once")
a.log(25, "level %s", 25)
print(logging.getLevelName(25))
logging.addLevelName(25, "NOTICE")
a.log(25, "named level")
b.removeHandler(h)
a.error("no handlers and no propagation: last resort")
b.propagate = True

path = "/tmp/coil_mod_logging_%d.log" % os.getpid()
logging.basicConfig(filename=path, level=logging.INFO, force=True, filemode="w",
                    format="%(levelname)-8s %(name)s: %(message)s")
logging.debug("not kept: below the INFO level")
logging.info("starting")
logging.warning("disk %d%% full", 91)
logging.info("mapping %(x)s", {"x": 1})
try:
    [][1]
except IndexError:
    logging.exception("could not")
logging.shutdown()
with open(path) as f:
    print(f.read())
os.remove(path)
try:
    logging.basicConfig(foo=1, force=True)
except ValueError as e:
    print(e)
print(logging.root.handlers, logging.root.level)
logging.root.handlers[0].stream = sys.stdout
logging.warning("root default format")
logging.info("still INFO level")
f = logging.Formatter("{levelname}|{message}", style="{")
r = logging.LogRecord("n", 20, "/x/y.py", 3, "hi %s", ("a",), None)
print(f.format(r), r, r.getMessage(), r.levelname, r.filename, r.module)
print(logging.Formatter("$levelname|$message", style="$").format(r))
print(logging.Formatter().format(r))
try:
    logging.Formatter("x", style="?")
except ValueError as e:
    print(e)
try:
    logging.getLogger().setLevel("LOUD")
except ValueError as e:
    print(e)


class OnlyA(logging.Filter):
    def filter(self, record):
        return "A" in record.getMessage()


h2 = logging.StreamHandler(sys.stdout)
h2.addFilter(OnlyA())
h2.setLevel(logging.ERROR)
lg = logging.getLogger("filtered")
lg.propagate = False
lg.addHandler(h2)
lg.error("A kept")
lg.error("dropped")
lg.warning("A below the handler level")
print(lg.hasHandlers(), logging.getLogger("nohandlers.x").hasHandlers())
logging.disable(logging.ERROR)
lg.error("A disabled")
logging.disable(logging.NOTSET)
lg.critical("A enabled again")
