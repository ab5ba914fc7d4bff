# __del__ is called only once even if the object is resurrected.
saved = []
class Phoenix:
    def __del__(self):
        print('__del__ called')
        saved.append(self)
p = Phoenix()
del p
print('resurrected:', len(saved))
saved.clear()
print('cleared list; __del__ not called again')
