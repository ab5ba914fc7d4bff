print(f'{*args}')
