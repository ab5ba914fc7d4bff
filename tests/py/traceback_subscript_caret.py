# Carets under a failing subscript inside a longer expression.
data = {'users': [{'name': 'ann'}]}
idx = 0
print(data['users'][idx]['name'])
print(data['users'][idx]['email'].upper())
