# list: aliasing vs shallow copies ([:], list(), copy(), *), nested mutation visibility, identity
a = [[1, 2], [3]]
alias = a
s1 = a[:]
s2 = list(a)
s3 = a.copy()
s4 = [*a]
a.append([4])
a[0].append(99)
print(alias, s1, s2, s3, s4, sep='\n')
print(alias is a, s1 is a, s1[0] is a[0], s1 == s2 == s3 == s4)
grid = [[0] * 3 for _ in range(2)]
bad = [[0] * 3] * 2
grid[0][0] = 1
bad[0][0] = 1
print(grid, bad, bad[0] is bad[1])
x = [1, 2, 3]
y = x
x += [4]
print(y, x is y)
x = x + [5]
print(y, x, x is y)
z = [0]
z[0] = z
print(z, z[0] is z)
