# Written differently: functools.wraps applied to the instance, binding with a small bound
# object that forwards calls and exposes the shared counter as a property.
import functools


class _Bound:
    def __init__(self, owner, instance):
        self._owner, self._instance = owner, instance

    def __call__(self, *args, **kwargs):
        return self._owner(self._instance, *args, **kwargs)

    @property
    def calls(self):
        return self._owner.calls

    def reset(self):
        self._owner.reset()


class CountCalls:
    def __init__(self, func):
        functools.wraps(func)(self)
        self._func = func
        self.calls = 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self._func(*args, **kwargs)

    def reset(self):
        self.calls = 0

    def __get__(self, instance, owner=None):
        return self if instance is None else _Bound(self, instance)
