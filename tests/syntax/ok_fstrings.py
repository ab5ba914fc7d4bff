w = 10
x = 3.14159
print(f"{x:>{w}.{2}f} {x!r} {x=} {x = :.1f} {'nested'} {'inner'!r:>10}")
print(f'''{
    x
}''', rf'\d{w}', F'{{}}')
