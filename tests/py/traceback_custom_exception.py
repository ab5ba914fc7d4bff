# Uncaught custom exception with a custom __str__ and a module-qualified name in __main__.
class AppError(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code
    def __str__(self):
        return f'application failed with code {self.code}'
def main():
    raise AppError(42)
main()
