# Semicolon-separated statements, trailing semicolons and blank lines.
a = 1; b = 2; print(a + b);


if a: x = 1; y = 2; print(x, y)

for i in range(2): print(i); print(-i)
def f(): return 7;
print(f())
