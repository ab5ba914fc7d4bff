# Triple-quoted strings: embedded quotes, newlines, backslash-newline.
s = """line1
line2 "quoted" 'single'
line3"""
print(s)
print(len(s.splitlines()))
t = '''a\
b'''
print(t)
u = """\
start
end\
"""
print(repr(u))
print(repr(""" "" """), repr(''''"'''))
print(repr("""a""""b"))
