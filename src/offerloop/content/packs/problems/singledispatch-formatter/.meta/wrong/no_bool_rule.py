from functools import singledispatchmethod


class Formatter:
    def __init__(self, precision=2):
        self.precision = precision

    @singledispatchmethod
    def format(self, value):
        return repr(value)

    # no bool rule: True is formatted as the int 1

    @format.register
    def _(self, value: int):
        return f"{value:,}"

    @format.register
    def _(self, value: float):
        return f"{value:.{self.precision}f}"

    @format.register
    def _(self, value: type(None)):
        return "-"

    @format.register(list)
    @format.register(tuple)
    def _(self, value):
        return "[" + ", ".join(self.format(v) for v in value) + "]"

    @format.register
    def _(self, value: dict):
        return "{" + ", ".join(f"{k}: {self.format(v)}" for k, v in value.items()) + "}"
