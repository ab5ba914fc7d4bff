# IndentationError at the end of a file with blank lines after the header.
class A:


