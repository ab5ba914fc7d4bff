# Catching BaseException vs Exception: KeyboardInterrupt/SystemExit/GeneratorExit are not Exceptions.
for cls in [KeyboardInterrupt, SystemExit, GeneratorExit, ValueError]:
    try:
        try:
            raise cls()
        except Exception:
            print(cls.__name__, 'caught by Exception')
    except BaseException as e:
        print(cls.__name__, 'caught by BaseException only')
