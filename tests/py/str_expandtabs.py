# str: expandtabs with default and custom tab sizes, newlines resetting the column
s = 'a\tbc\tdef\tghij\tk'
print(repr(s.expandtabs()))
print(repr(s.expandtabs(4)))
print(repr(s.expandtabs(1)))
print(repr(s.expandtabs(0)))
print(repr(s.expandtabs(-3)))
print(repr('ab\tc\nd\te\r\tf'.expandtabs(4)))
print(repr('\t\t'.expandtabs(3)), repr(''.expandtabs()), repr('no tabs'.expandtabs(2)))
print(repr('12345678\tx'.expandtabs()), repr('é\t|'.expandtabs(4)))
print(repr('x\ty'.expandtabs(tabsize=6)))
