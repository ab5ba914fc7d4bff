# Uncaught AssertionError with a message shows the assert line.
def check(values):
    for v in values:
        assert v >= 0, f'negative value {v}'
    return 'all good'
print(check([1, 2]))
check([3, -4])
