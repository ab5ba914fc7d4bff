# linecache: getline/getlines of this file and of missing files
import linecache

print(repr(linecache.getline("mod_linecache_getline.py", 1)))
print(repr(linecache.getline("mod_linecache_getline.py", 2)))
print(repr(linecache.getline("mod_linecache_getline.py", 1000)))
print(repr(linecache.getline("mod_linecache_getline.py", 0)))
print(repr(linecache.getline("/no/such/file.py", 1)))
print(len(linecache.getlines("mod_linecache_getline.py")), linecache.getlines("/no/such/file.py"))
linecache.clearcache()
linecache.checkcache()
print(repr(linecache.getline("mod_linecache_getline.py", 3)))
