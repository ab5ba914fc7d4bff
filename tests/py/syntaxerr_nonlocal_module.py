# SyntaxError: nonlocal declaration not allowed at module level.
print("never printed")
nonlocal counter
