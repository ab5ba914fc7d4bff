print(f'{name!x}')
