x = 1; y = 2;


# comment
    # indented comment
z = 3
