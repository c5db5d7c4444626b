class Plugin:
    """Subclasses register themselves in their family's registry."""

    def __init_subclass__(cls, **kwargs):
        raise NotImplementedError

    @classmethod
    def create(cls, name, *args, **kwargs):
        raise NotImplementedError

    @classmethod
    def names(cls):
        raise NotImplementedError
