# Source lines with non-ASCII characters: carets account for character widths.
naïve = {'café': 1}
print(naïve['café'])
print(naïve['thé'] + naïve['café'])
