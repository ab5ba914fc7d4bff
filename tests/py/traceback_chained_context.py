# "During handling of the above exception, another exception occurred:" chaining.
def parse(s):
    try:
        return int(s)
    except ValueError:
        return undefined_fallback(s)
parse('12')
print('parsed one')
parse('twelve')
