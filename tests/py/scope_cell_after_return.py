# Cells outlive the frame; several closures share a cell; cell rebinding is visible.
def make():
    shared = []
    def add(v):
        shared.append(v)
    def show():
        return list(shared)
    def reset():
        nonlocal shared
        shared = ['reset']
    return add, show, reset
add, show, reset = make()
add(1); add(2)
print(show())
reset()
add(3)
print(show())
print(add.__closure__[0] is show.__closure__[0])
