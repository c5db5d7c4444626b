# Written differently: registration by explicit type arguments, helper methods bound by name,
# Sequence handling written with a list comprehension.
import functools


class Formatter:
    def __init__(self, precision=2):
        self.precision = precision

    @functools.singledispatchmethod
    def format(self, value):
        return repr(value)

    @format.register(int)
    def _int(self, value):
        return "{:,}".format(value)

    @format.register(bool)
    def _bool(self, value):
        return {True: "yes", False: "no"}[value]

    @format.register(float)
    def _float(self, value):
        return "{:.{}f}".format(value, self.precision)

    @format.register(type(None))
    def _none(self, value):
        return "-"

    @format.register(tuple)
    @format.register(list)
    def _seq(self, value):
        return "[%s]" % ", ".join([self.format(item) for item in value])

    @format.register(dict)
    def _map(self, value):
        return "{%s}" % ", ".join(["%s: %s" % (key, self.format(item)) for key, item in value.items()])
