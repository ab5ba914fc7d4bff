# Tracebacks through decorator wrappers show wrapper frames.
def logged(fn):
    def wrapper(*args):
        print('calling', fn.__name__)
        return fn(*args)
    return wrapper
@logged
def parse(s):
    return int(s)
print(parse('7'))
parse('seven')
