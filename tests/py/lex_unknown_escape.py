# Unknown escapes are kept verbatim (with a DeprecationWarning not shown by default).
s = '\d\w\q'
print(s, len(s))
b = b'\d'
print(b, len(b))
print(repr('\8'), repr('\9'))
