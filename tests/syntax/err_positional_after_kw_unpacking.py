f(**opts, x)
