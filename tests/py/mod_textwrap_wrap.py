# textwrap: wrap, fill, shorten, dedent, indent
import textwrap


class Empty:
    pass


print(textwrap.fill("  ".join(dir(Empty())), width=64))
s = ("The quick brown fox jumped over the lazy dog, a well-known sentence; long-term self-evident "
     "e-mail. Hello there!  Yes.\tTabbed\nnewline")
for w in (5, 10, 17, 30, 70):
    print(textwrap.wrap(s, w))
    print(textwrap.wrap(s, w, break_on_hyphens=False, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap("a" * 30 + "-bbb-ccc", 12))
print(textwrap.wrap("supercalifragilistic", 6, break_long_words=False))
print(textwrap.shorten("Hello  world!", width=12))
print(textwrap.shorten("Hello  world!", width=11))
print(textwrap.shorten("Hello world, this is a long text", width=20, placeholder="..."))
print(textwrap.wrap(s, 20, max_lines=2))
print(repr(textwrap.dedent("""\
    def f():
        return 1
      
    x
""")))
print(repr(textwrap.dedent("  a\n\tb\n")), repr(textwrap.dedent("   a\n  b\n    c")))
print(repr(textwrap.indent("a\n\nb\n", "> ")), repr(textwrap.indent("a\n \nb", "+", lambda l: True)))
print(textwrap.fill("Hello. World is here. Foo?  Bar", 80, fix_sentence_endings=True))
print(textwrap.wrap("--flag--x well--done a---b", 8))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.wrap(" a  b ", 10, drop_whitespace=False))
w = textwrap.TextWrapper(width=15, initial_indent="- ", subsequent_indent="  ")
print(w.fill("one two three four five six seven"))
try:
    textwrap.wrap("x", 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    textwrap.shorten("hello world", 3, placeholder=" [...]")
except ValueError as e:
    print(type(e).__name__, e)
