def expand(s):
    """Expand nested k[body] repeat markers into the full string."""
    raise NotImplementedError
