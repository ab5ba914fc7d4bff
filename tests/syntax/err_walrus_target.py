if (x.y := 10):
    pass
