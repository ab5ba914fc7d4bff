# Comments everywhere: after code, on their own lines, inside brackets, with odd content.
x = 1  # trailing comment
# full line comment with 'quotes' and "quotes" and \backslash
y = [1,  # inside a list
     2]  # after
print(x, y)  # print
s = "# not a comment"
print(s)
def f():
    # only a comment in the middle
    return 3
        # oddly indented comment
print(f())
