with lock:
work()
