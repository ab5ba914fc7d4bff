# If __str__ of an uncaught exception fails, CPython prints the class with <exception str() failed>.
class Weird(Exception):
    def __str__(self):
        raise RuntimeError('str failed')
raise Weird('payload')
