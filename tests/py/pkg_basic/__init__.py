"""The pkg_basic test package."""
print('pkg_basic/__init__ running, __name__ =', __name__, '__package__ =', __package__)
VERSION = '1.0'
