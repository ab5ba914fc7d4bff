print(f'value: }')
