print('pkg_basic.sub.sibling running, __package__ =', __package__)
NAME = 'sibling'
