def same_after_backspaces(a, b):
    # Ignores the backspaces instead of applying them.
    return a.replace("#", "") == b.replace("#", "")
