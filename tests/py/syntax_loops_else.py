# for/while else clauses, break, continue.
for i in range(3):
    if i == 5:
        break
else:
    print('for completed, i =', i)
for i in range(10):
    if i == 2:
        break
else:
    print('not printed')
print('broke at', i)
n = 0
while n < 3:
    n += 1
    if n == 2:
        continue
    print('n', n)
else:
    print('while else')
for x in []:
    pass
else:
    print('empty for else')
for i in range(3):
    for j in range(3):
        if j == 1:
            break
        print(i, j)
