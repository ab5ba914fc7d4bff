print("hello", 1+2)
