def main():
    return 'main() called'
if __name__ == '__main__':
    print('guard: running as a script')
else:
    print('guard: imported as', __name__)
