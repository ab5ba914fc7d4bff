# Exceptions inside lambdas show the <lambda> frame name.
inverse = lambda x: 1 / x
print(inverse(4))
print(list(map(inverse, [1, 2, 0])))
