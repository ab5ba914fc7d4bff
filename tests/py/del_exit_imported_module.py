# At exit, the globals of imported modules are finalized too (after atexit callbacks).
import atexit
import pkg_del_exit
atexit.register(print, 'atexit runs first')
print('end of program', pkg_del_exit.kept.name)
