# A file whose last line has no newline: the error line is shown as written.
while 1:
    # only a comment