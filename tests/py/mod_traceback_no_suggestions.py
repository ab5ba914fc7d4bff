# Python 3.11's traceback module adds no "Did you mean" hints (only the default excepthook does).
import traceback

class C:
    x = 1

for source in ("prnt(1)", "[].apend(1)", "C().xx", "len_ = 1; len__"):
    try:
        exec(source, {"C": C})
    except Exception as e:
        print(traceback.format_exception_only(e)[-1], end="")
        print("".join(traceback.format_exception(e)).splitlines()[-1])
