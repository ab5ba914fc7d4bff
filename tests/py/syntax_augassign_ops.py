# All augmented assignment operators on ints, lists and strings.
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x /= 4; print(x)
x //= 2; print(x)
x = 17
x %= 5; print(x)
x **= 3; print(x)
x >>= 1; print(x)
x <<= 3; print(x)
x &= 0b1010; print(x)
x |= 0b0101; print(x)
x ^= 0b1111; print(x)
lst = [1]
alias = lst
lst += [2]
print(lst, alias, lst is alias)
t = (1,)
talias = t
t += (2,)
print(t, talias, t is talias)
s = 'ab'; s *= 3; print(s)
