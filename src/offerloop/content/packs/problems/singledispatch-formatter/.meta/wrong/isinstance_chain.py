class Formatter:
    def __init__(self, precision=2):
        self.precision = precision

    def format(self, value):   # not extensible: Formatter.format.register does not exist
        if isinstance(value, bool):
            return "yes" if value else "no"
        if isinstance(value, int):
            return f"{value:,}"
        if isinstance(value, float):
            return f"{value:.{self.precision}f}"
        if value is None:
            return "-"
        if isinstance(value, (list, tuple)):
            return "[" + ", ".join(self.format(v) for v in value) + "]"
        if isinstance(value, dict):
            return "{" + ", ".join(f"{k}: {self.format(v)}" for k, v in value.items()) + "}"
        return repr(value)
