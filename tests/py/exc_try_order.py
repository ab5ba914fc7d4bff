# Execution order of try/except/else/finally in all combinations.
def run(raise_it, catch_it=True):
    try:
        print(' try')
        if raise_it:
            raise ValueError('v')
    except (ValueError if catch_it else KeyError) as e:
        print(' except', e)
    else:
        print(' else')
    finally:
        print(' finally')
    print(' after')
print('no exception:'); run(False)
print('caught:'); run(True)
print('uncaught:')
try:
    run(True, catch_it=False)
except ValueError as e:
    print('outer caught', e)
