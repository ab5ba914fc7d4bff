s = 'tab\x9'
