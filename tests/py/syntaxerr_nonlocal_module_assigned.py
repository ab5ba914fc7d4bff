# SyntaxError quirk: a module-level nonlocal after an assignment reports "assigned to before nonlocal declaration".
x = 1
nonlocal x
