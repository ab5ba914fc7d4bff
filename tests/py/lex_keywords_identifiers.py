# Identifiers: unicode letters, underscores, soft keywords usable as names.
café = 1
π = 3.14
_ = 'underscore'
__x = 2
match = 'match is a soft keyword'
case = 'case too'
type_ = 'x'
print(café, π, _, __x, match, case, type_)
Ｂ = 'fullwidth'
print(B)
print('ﬁ'.isidentifier(), 'x1'.isidentifier(), '1x'.isidentifier())
_1 = 5
print(_1)
