if len(items) = 0:
    pass
