pairs = [x, y for x in a]
