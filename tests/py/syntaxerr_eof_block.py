# IndentationError at end of file: expected an indented block after a for statement.
for i in range(3):
