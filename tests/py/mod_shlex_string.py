# shlex (split/join/quote, the shlex class) and string (constants, capwords, Template, Formatter)
import shlex
import string

args = shlex.split('grep -n "hello world" my\\ notes.txt')
print(args)
print(shlex.join(args))
print("cat " + shlex.quote("notes.txt; rm -rf ~"), shlex.quote(""), shlex.quote("it's"), shlex.quote("a-b_c.txt"))


def show(fn, *args, **kwargs):
    try:
        print(fn(*args, **kwargs))
    except ValueError as e:
        print(type(e).__name__, e)


for s in ['a "b c" d', "a 'b\\' c", 'x"y z"w', 'a\\"b', '"a\\"b" \'c\\d\'', 'a # comment', '  ',
          'echo $HOME "a\\$b"', "''", 'a""b']:
    show(shlex.split, s)
    show(shlex.split, s, comments=True)
    show(lambda: list(shlex.shlex(s)))
    show(shlex.split, s, posix=False)
for bad in ['"abc', "a\\", "'x"]:
    try:
        shlex.split(bad)
    except ValueError as e:
        print(type(e).__name__, e)
print(list(shlex.shlex("a && b; c|d", punctuation_chars=True)))
lex = shlex.shlex("x = 'y z'  # c", posix=True)
print(lex.get_token(), lex.get_token(), lex.get_token(), lex.get_token())

print(string.capwords("hello   world  foo"), string.capwords("a-b-c", "-"))
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(string.punctuation, repr(string.whitespace), len(string.printable))
t = string.Template("$who likes ${what}, $$5 $x")
print(t.safe_substitute(who="tim", what="kung pao"), t.get_identifiers(), t.is_valid())
print(t.substitute({"who": "a", "x": 1}, what="b"))
try:
    t.substitute(who="a", what="b")
except KeyError as e:
    print(repr(e))
try:
    string.Template("bad $ here").substitute()
except ValueError as e:
    print(e)
print(string.Template("$ bad").safe_substitute(), string.Template("$ bad").is_valid())
f = string.Formatter()
print(f.format("{0}-{x!r:>5}-{y[1]}-{{}}-{z.real}", 1, x="a", y=[1, 2], z=3))
print(list(f.parse("a{0}b{x!r:>{w}}c")), f.format("{}{}", 1, 2))
