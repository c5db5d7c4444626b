def curry(func, arity):
    """Return func curried over arity positional arguments."""
    raise NotImplementedError
