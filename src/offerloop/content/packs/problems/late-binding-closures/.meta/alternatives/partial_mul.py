# Written differently: functools.partial over operator.mul stores each factor in its own object.
import functools
import operator


def make_multipliers(n):
    return [functools.partial(operator.mul, i) for i in range(n)]
