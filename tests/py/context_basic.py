# with statement: __enter__/__exit__ order, as-target, exceptions passed to __exit__.
class Tag:
    def __init__(self, name): self.name = name
    def __enter__(self):
        print(f'<{self.name}>')
        return self
    def __exit__(self, exc_type, exc, tb):
        print(f'</{self.name}>')
with Tag('html') as t:
    with Tag('body'):
        print('content of', t.name)
try:
    with Tag('div'):
        raise RuntimeError('inside div')
except RuntimeError as e:
    print('caught', e)
