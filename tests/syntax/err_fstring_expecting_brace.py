print(f'{name')
