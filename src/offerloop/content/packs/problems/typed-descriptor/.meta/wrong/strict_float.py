class Typed:
    def __init__(self, kind, minimum=None):
        self.kind, self.minimum = kind, minimum

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        try:
            return instance.__dict__[self.name]
        except KeyError:
            raise AttributeError(self.name) from None

    def __set__(self, instance, value):
        if type(value) is not self.kind:   # rejects an int for a float field
            raise TypeError(self.name)
        if self.minimum is not None and value < self.minimum:
            raise ValueError(self.name)
        instance.__dict__[self.name] = value
