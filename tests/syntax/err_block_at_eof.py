for x in items:
