def banned_next_tokens(tokens, n):
    # Matches the last n tokens instead of the last n - 1.
    L = len(tokens)
    if L < n:
        return []
    prefix = tuple(tokens[L - n:])
    return sorted({tokens[i + n] for i in range(L - n) if tuple(tokens[i:i + n]) == prefix})
