# __closure__ and cell_contents, empty cells.
def outer():
    a = 1
    b = 'two'
    def inner():
        return a, b
    return inner
fn = outer()
print(type(fn.__closure__).__name__, len(fn.__closure__))
print(sorted(c.cell_contents for c in fn.__closure__ if isinstance(c.cell_contents, int)))
print(fn.__code__.co_freevars)
def no_closure(): pass
print(no_closure.__closure__)
def make():
    def inner():
        return late
    cell = inner.__closure__[0]
    try:
        cell.cell_contents
    except ValueError as e:
        print(type(e).__name__, e)
    late = 'bound'
    return cell.cell_contents
print(make())
