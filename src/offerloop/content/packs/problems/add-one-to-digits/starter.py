def plus_one(digits):
    """The decimal digits (most significant first) of the number digits represents, plus one."""
    raise NotImplementedError
