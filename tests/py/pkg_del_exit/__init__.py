# Helper package for del_exit_imported_module.py: a module global whose __del__ runs at exit.
class Noisy:
    def __init__(self, name): self.name = name
    def __del__(self): print('del', self.name)
kept = Noisy('module global')
