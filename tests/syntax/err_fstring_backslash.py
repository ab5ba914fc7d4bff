print(f'{"\n".join(lines)}')
