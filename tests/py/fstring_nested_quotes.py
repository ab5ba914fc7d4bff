# Nested quotes and nested f-strings in 3.11 (quotes must differ).
d = {'key': 'value', 'n': 5}
print(f"{d['key']}")
print(f'{d["n"]}')
print(f'''{d['key']} and {d["n"]}''')
print(f"""{f'{d["n"] * 2}'}""")
inner = 'in'
print(f"{f'{inner}' + 'ner'}")
print(f'{"a" "b"}')
print(f"{'}'}")
print(f"{'{'}")
