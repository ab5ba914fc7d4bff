# while loops with complex conditions and nested break/continue.
i, total = 0, 0
while i < 100 and total < 50:
    i += 1
    if i % 3 == 0:
        continue
    total += i
print(i, total)
stack = [[1, 2], [3], [], [4, 5, 6]]
out = []
while stack:
    top = stack.pop()
    while top:
        out.append(top.pop(0))
        if len(out) == 4:
            break
print(out)
