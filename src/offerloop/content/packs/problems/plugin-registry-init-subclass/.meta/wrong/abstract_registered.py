class Plugin:
    def __init_subclass__(cls, name=None, abstract=False, **kwargs):
        super().__init_subclass__(**kwargs)
        if Plugin in cls.__bases__:
            cls.registry = {}
            return
        # abstract=True is accepted but ignored
        key = name if name is not None else cls.__name__.lower()
        if key in cls.registry:
            raise ValueError(f"plugin name {key!r} is already taken by {cls.registry[key].__name__}")
        cls.registry[key] = cls

    @classmethod
    def create(cls, name, *args, **kwargs):
        return cls.registry[name](*args, **kwargs)

    @classmethod
    def names(cls):
        return sorted(cls.registry)
