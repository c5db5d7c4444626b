def banned_next_tokens(tokens, n):
    # Stops at the most recent earlier occurrence of the prefix, missing older ones.
    L = len(tokens)
    if L < n - 1:
        return []
    prefix = tuple(tokens[L - n + 1:]) if n > 1 else ()
    for i in range(L - n, -1, -1):
        if tuple(tokens[i:i + n - 1]) == prefix:
            return [tokens[i + n - 1]]
    return []
