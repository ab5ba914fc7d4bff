café = 1
π = 3.14
変数 = café + π
print(変数)
