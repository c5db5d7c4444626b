_MISSING = object()


class lazy:
    def __init__(self, func):
        self.func = func
        self.__doc__ = func.__doc__
        self.value = _MISSING   # one value shared by every instance

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.value is _MISSING:
            self.value = self.func(instance)
        return self.value
