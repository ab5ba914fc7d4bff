# f-strings with dict access, calls, lambdas in parentheses, conditional expressions.
data = {'x': 1, 'y': [10, 20]}
print(f"{data['y'][1]}")
print(f'{(lambda v: v * 2)(21)}')
print(f'{"even" if data["x"] % 2 == 0 else "odd"}')
print(f'{", ".join(str(i) for i in range(3))}')
print(f'{sum([i for i in range(5)])}')
print(f'{ {"a": 1}["a"] }')
print(f'{(x := 5) + 1} {x}')
print(f'{max(1, 2, key=lambda v: -v)}')
