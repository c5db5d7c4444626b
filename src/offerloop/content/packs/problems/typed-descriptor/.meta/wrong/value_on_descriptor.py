class Typed:
    def __init__(self, kind, minimum=None):
        self.kind, self.minimum = kind, minimum

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if not hasattr(self, "value"):
            raise AttributeError(self.name)
        return self.value   # one value shared by every instance

    def __set__(self, instance, value):
        if isinstance(value, bool) and self.kind is not bool:
            raise TypeError(self.name)
        if not (isinstance(value, self.kind) or (self.kind is float and isinstance(value, int))):
            raise TypeError(self.name)
        if self.minimum is not None and value < self.minimum:
            raise ValueError(self.name)
        self.value = value
