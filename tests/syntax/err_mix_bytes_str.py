greeting = b'hello' ' world'
