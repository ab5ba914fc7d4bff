# Raising SystemExit directly, with finally blocks running on the way out.
def main():
    try:
        raise SystemExit(7)
    finally:
        print('finally runs before exit')
try:
    main()
except Exception:
    print('not caught by Exception')
