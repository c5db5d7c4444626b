def is_isomorphic(s, t):
    # Checks only that s -> t is a function; two letters may still share an image.
    if len(s) != len(t):
        return False
    forward = {}
    for a, b in zip(s, t):
        if forward.setdefault(a, b) != b:
            return False
    return True
