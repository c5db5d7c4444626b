import functools
import types


class CountCalls:
    def __init__(self, func):
        # no update_wrapper: __name__, __doc__ and __wrapped__ are missing
        self.func = func
        self.calls = 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.func(*args, **kwargs)

    def reset(self):
        self.calls = 0

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return types.MethodType(self, instance)
