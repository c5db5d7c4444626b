# Written differently: the name comes only from __set_name__, the value is stored with vars().
class lazy:
    def __init__(self, func):
        self._func = func
        self.__doc__ = getattr(func, "__doc__", None)
        self._attr = None

    def __set_name__(self, owner, name):
        self._attr = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        result = self._func(obj)
        vars(obj)[self._attr] = result
        return result
