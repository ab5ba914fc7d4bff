# Tabs used consistently for indentation are fine.
def f():
	x = 1
	if x:
		return 'tab-indented'
print(f())
class C:
	def g(self):
		for i in range(2):
			print('g', i)
C().g()
