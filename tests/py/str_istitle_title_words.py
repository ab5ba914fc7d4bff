# str: title() word boundaries (apostrophes, digits, non-letters) and istitle() rules
for s in ["hello world", "HELLO WORLD", "they're", "o'neil", "x-ray vision", "3rd place", "a1b2c3", "élan vital",
          "ǆ ǉ", "snake_case_name", "  leading", "ALL CAPS TITLE", "McDonald", "Hello World", "Hello world", "123", "A", "aB"]:
    print(repr(s), repr(s.title()), s.istitle(), s.title().istitle())
