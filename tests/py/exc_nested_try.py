# Nested try statements: inner handlers, outer handlers, handler selection by type.
def risky(kind):
    if kind == 'v': raise ValueError('v')
    if kind == 'k': raise KeyError('k')
    if kind == 'z': return 1 / 0
    return 'fine'
for kind in ['v', 'k', 'z', 'ok']:
    try:
        try:
            print(risky(kind))
        except ValueError:
            print('inner handled ValueError')
        except (KeyError, IndexError) as e:
            print('inner handled lookup', type(e).__name__)
            raise
        finally:
            print('inner finally', kind)
    except LookupError as e:
        print('outer handled LookupError subclass', type(e).__name__)
    except Exception as e:
        print('outer generic', type(e).__name__)
