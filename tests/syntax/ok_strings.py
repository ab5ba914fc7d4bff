s = 'a' "b" '''c
d''' r'\d' u'x' '\N{EM DASH}\u00e9\U0001F600'
t = ('implicit'
     'concatenation')
b = b'\x00' rb'\d' Br'x'
