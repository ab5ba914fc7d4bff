"""Utility module of pkg_basic."""
print('pkg_basic.util running, __name__ =', __name__, '__package__ =', __package__)
calls = []
def helper(x):
    calls.append(x)
    return x * 2
