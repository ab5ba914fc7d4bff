print('pkg_err.broken: executing, about to fail')
PARTIAL = 'set before the error'
raise ValueError('module failed during import')
