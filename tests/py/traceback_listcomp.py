# Exceptions inside comprehensions show the <listcomp> frame name.
values = [1, 2, 'three', 4]
doubled = [v * 2 for v in values]
print(doubled)
total = [v + 1 for v in values]
