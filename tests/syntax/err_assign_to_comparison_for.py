for x < 3 in items:
    pass
