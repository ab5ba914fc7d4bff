# __name__ is '__main__' in the script and the module name when imported.
print('script __name__:', __name__)
import pkg_main.guard as g
print(g.main(), g.__name__)
if __name__ == '__main__':
    print('this script is running as __main__')
import sys
print(sys.modules['__main__'].__name__, sys.argv[0].endswith('import_main_guard.py'))
