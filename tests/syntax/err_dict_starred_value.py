d = {'a': *values}
