from functools import singledispatchmethod


class Formatter:
    def __init__(self, precision=2):
        self.precision = precision

    @singledispatchmethod
    def format(self, value):
        return repr(value)

    @format.register
    def _(self, value: bool):
        return "yes" if value else "no"

    @format.register
    def _(self, value: int):
        return f"{value:,}"

    @format.register
    def _(self, value: float):
        return f"{value:.2f}"   # ignores self.precision

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
