# Exception raised from a finally block while another exception propagates.
def cleanup():
    raise OSError('cleanup failed')
def work():
    try:
        raise ValueError('work failed')
    finally:
        cleanup()
work()
