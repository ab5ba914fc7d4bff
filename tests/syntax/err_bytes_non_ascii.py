data = b'café'
