print(f'{len(x))}')
