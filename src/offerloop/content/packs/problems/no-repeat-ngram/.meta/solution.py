def banned_next_tokens(tokens, n):
    L = len(tokens)
    if L < n - 1 or n < 1:
        return []
    prefix = tuple(tokens[L - n + 1:]) if n > 1 else ()
    banned = set()
    for i in range(L - n + 1):
        if tuple(tokens[i:i + n - 1]) == prefix:
            banned.add(tokens[i + n - 1])
    return sorted(banned)
