# str: upper/lower/title/capitalize/swapcase/casefold on ASCII and non-ASCII text
words = ['hello world', "they're bill's friends", 'ǆemal', 'ß straße', 'ﬁ ligature', 'İstanbul', 'ΣΊΣΥΦΟΣ', 'ὈΔΥΣΣΕΎΣ',
         'hello2world x1y', 'ǅ', 'ŉ', 'mIxEd CaSe', '', '123 abc', 'ÀÉÎõü', 'ΑΣ', 'aΣb', 'Σ']
for w in words:
    print(repr(w), repr(w.upper()), repr(w.lower()), repr(w.title()), repr(w.capitalize()), repr(w.swapcase()), repr(w.casefold()))
print('ß'.upper(), 'ß'.casefold(), 'ﬀ'.upper(), 'ǰ'.upper(), len('ǰ'.upper()))
print('straße'.casefold() == 'STRASSE'.casefold(), 'straße'.lower() == 'strasse')
