label = 'big' if size > 10
