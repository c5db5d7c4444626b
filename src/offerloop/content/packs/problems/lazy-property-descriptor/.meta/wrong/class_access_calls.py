class lazy:
    def __init__(self, func):
        self.func = func
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, instance, owner=None):
        value = self.func(instance)   # Circle.area calls func(None)
        if instance is not None:
            instance.__dict__[self.name] = value
        return value
