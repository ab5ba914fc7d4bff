# SyntaxError: cannot use assignment expressions with subscript.
lst = [0]
if (lst[0] := 5):
    pass
