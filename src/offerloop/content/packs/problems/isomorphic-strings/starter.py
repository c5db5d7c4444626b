def is_isomorphic(s, t):
    """True when a one-to-one character mapping turns s into t."""
    raise NotImplementedError
