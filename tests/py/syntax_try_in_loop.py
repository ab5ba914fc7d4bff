# continue/break inside try/finally in loops run the finally clause.
for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print('body', i)
    finally:
        print('finally', i)
def f():
    for i in range(3):
        try:
            return i
        finally:
            print('finally before return', i)
print(f())
while True:
    try:
        break
    finally:
        print('finally on break')
