# Mapping pattern key lookup order and duplicate key errors; sequence length checks first.
class Tracing(dict):
    def get(self, key, default=None):
        print('get', key)
        return super().get(key, default)
    def keys(self):
        print('keys')
        return super().keys()
d = Tracing(a=1, b=2)
match d:
    case {'b': 2, 'a': x}:
        print('matched', x)
try:
    exec("match {}:\n    case {'k': 1, 'k': 2}:\n        pass")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
class Seq:
    def __len__(self): return 2
    def __getitem__(self, i): return [10, 20][i]
match Seq():
    case [a, b]:
        print('non-registered sequence matched?', a, b)
    case _:
        print('custom class is not a Sequence')
