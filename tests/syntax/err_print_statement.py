print 'hello world'
