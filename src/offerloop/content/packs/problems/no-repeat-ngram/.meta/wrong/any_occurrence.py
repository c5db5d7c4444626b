def banned_next_tokens(tokens, n):
    # Bans every token that ever followed any token of the prefix, ignoring the full n-gram.
    if len(tokens) < max(n - 1, 1):
        return [] if len(tokens) < n - 1 else sorted(set(tokens))
    last = tokens[-1]
    return sorted({tokens[i + 1] for i in range(len(tokens) - 1) if tokens[i] == last}) if n > 1 else sorted(set(tokens))
