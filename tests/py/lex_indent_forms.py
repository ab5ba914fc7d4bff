# Indentation of varying widths in different blocks, and mixed depth dedents.
def f(x):
  if x > 0:
          for i in range(x):
           if i % 2:
                print('odd', i)
           else:
            print('even', i)
  else:
   print('nonpositive')
  return x
print(f(3))
print(f(0))
class A:
 def m(self):
     return 'm'
print(A().m())
if True: print('one-line if')
while False: pass
for i in range(2): print('loop', i)
