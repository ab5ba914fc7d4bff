print(f'{x # comment}')
