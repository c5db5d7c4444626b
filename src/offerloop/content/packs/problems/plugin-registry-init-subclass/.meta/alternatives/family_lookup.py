# Written differently: keywords popped from **kwargs, and the family found by walking the MRO
# to the class just below Plugin, whose own registry is used.
class Plugin:
    def __init_subclass__(cls, **kwargs):
        name = kwargs.pop("name", None)
        abstract = kwargs.pop("abstract", False)
        super().__init_subclass__(**kwargs)
        if Plugin in cls.__bases__:
            cls.registry = {}
            return
        if abstract:
            return
        registry = cls._family().registry
        key = cls.__name__.lower() if name is None else name
        if key in registry:
            raise ValueError(f"{key} is taken")
        registry[key] = cls

    @classmethod
    def _family(cls):
        return next(klass for klass in cls.__mro__ if Plugin in klass.__bases__)

    @classmethod
    def create(cls, name, *args, **kwargs):
        return cls._family().registry[name](*args, **kwargs)

    @classmethod
    def names(cls):
        return sorted(cls._family().registry)
