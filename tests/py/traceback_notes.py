# Exception notes are printed after the exception message.
def validate(x):
    if x < 0:
        e = ValueError(f'negative value: {x}')
        e.add_note('values must be >= 0')
        e.add_note('see the documentation')
        raise e
validate(5)
validate(-3)
