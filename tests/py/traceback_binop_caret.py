# 3.11 fine-grained error locations: carets under the failing binary operation.
a = 1
b = 'two'
c = 3
total = a + c * 2 + b + c
