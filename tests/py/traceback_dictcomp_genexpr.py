# Exceptions inside a generator expression show the <genexpr> frame.
words = ['a', 'bb', None]
print(sum(len(w) for w in words))
