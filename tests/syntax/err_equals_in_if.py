if answer = 42:
    print('yes')
