def banned_next_tokens(tokens, n):
    """Sorted distinct tokens t such that tokens[-(n-1):] + [t] is an n-gram already in tokens."""
    raise NotImplementedError
