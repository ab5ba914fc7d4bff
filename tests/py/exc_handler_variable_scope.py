# Exceptions in loops: handler variable unbinding, exceptions stored for later, retry loops.
errors = []
for v in ['1', 'x', '3', None]:
    try:
        errors.append(int(v))
    except (ValueError, TypeError) as e:
        errors.append(type(e).__name__)
print(errors)
attempts = 0
while True:
    try:
        attempts += 1
        if attempts < 3:
            raise ConnectionError('retry')
        print('succeeded after', attempts)
        break
    except ConnectionError as e:
        print('attempt', attempts, 'failed:', e)
