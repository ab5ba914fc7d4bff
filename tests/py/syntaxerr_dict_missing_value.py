# SyntaxError: expression expected after dictionary key and ':'.
d = {'a': 1, 'b':}
