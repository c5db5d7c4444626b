class Typed:
    def __init__(self, kind, minimum=None):
        self.kind, self.minimum = kind, minimum

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, instance, owner=None):
        try:
            return instance.__dict__[self.name]   # Order.quantity fails: instance is None
        except (KeyError, AttributeError):
            raise AttributeError(self.name) from None

    def __set__(self, instance, value):
        if isinstance(value, bool) and self.kind is not bool:
            raise TypeError(self.name)
        if not (isinstance(value, self.kind) or (self.kind is float and isinstance(value, int))):
            raise TypeError(self.name)
        if self.minimum is not None and value < self.minimum:
            raise ValueError(self.name)
        instance.__dict__[self.name] = value
