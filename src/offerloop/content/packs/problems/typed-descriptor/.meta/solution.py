class Typed:
    def __init__(self, kind, minimum=None):
        self.kind = kind
        self.minimum = minimum
        self.name = None

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        try:
            return instance.__dict__[self.name]
        except KeyError:
            raise AttributeError(f"{self.name} has not been set") from None

    def _accepts(self, value):
        if isinstance(value, bool) and self.kind is not bool:
            return False
        if self.kind is float and isinstance(value, int):
            return True
        return isinstance(value, self.kind)

    def __set__(self, instance, value):
        if not self._accepts(value):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, not {type(value).__name__}")
        if self.minimum is not None and value < self.minimum:
            raise ValueError(f"{self.name} must be >= {self.minimum}")
        instance.__dict__[self.name] = value
