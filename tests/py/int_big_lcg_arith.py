# int_big: pseudo-random (LCG) huge operands checked through identities and printed digests
state = 12345
def rnd_big(digits):
    global state
    out = 0
    for _ in range(digits // 9 + 1):
        state = (state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
        out = out * 10 ** 9 + state % 10 ** 9
    return out
for i in range(6):
    a = rnd_big(150 + 37 * i) * (-1) ** i
    b = rnd_big(60 + 11 * i) + 1
    q, r = divmod(a, b)
    print(i, str(a)[:12], len(str(abs(a))), q % 10 ** 12, r % 10 ** 12, a * b % (10 ** 15 + 37), q * b + r == a, (a ^ b) & 0xFFFFFFFF, a >> 100 & 0xFFFF)
x = rnd_big(400)
print(x % 1000003, pow(x, 65537, 2 ** 127 - 1), (x * x) // x == x, int(str(x)) == x, int(hex(x), 16) == x)
