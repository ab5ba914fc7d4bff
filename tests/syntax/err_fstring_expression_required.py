print(f'{!r}')
