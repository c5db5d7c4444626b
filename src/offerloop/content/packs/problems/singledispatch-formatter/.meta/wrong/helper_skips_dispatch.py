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
        return "{" + ", ".join(f"{k}: {self._scalar(v)}" for k, v in value.items()) + "}"

    def _scalar(self, v):
        # a private helper: types registered later are not seen inside dicts
        if isinstance(v, bool):
            return "yes" if v else "no"
        if isinstance(v, int):
            return f"{v:,}"
        if isinstance(v, float):
            return f"{v:.{self.precision}f}"
        if v is None:
            return "-"
        if isinstance(v, (list, tuple, dict)):
            return self.format(v)
        return repr(v)
