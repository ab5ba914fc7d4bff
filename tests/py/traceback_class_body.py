# An exception raised while executing a class body shows the class-name frame.
class Config:
    DEBUG = True
    LEVEL = int('not a number')
