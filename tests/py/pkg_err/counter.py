print('pkg_err.counter body runs')
loads = 1
