# SyntaxError: assigning to a keyword.
class = 'reserved'
