def bpe_encode(word, merges):
    # Prefers the most recently learned merge.
    rank = {tuple(m): i for i, m in enumerate(merges)}
    tokens = list(word)
    while len(tokens) > 1:
        pairs = [(tokens[i], tokens[i + 1]) for i in range(len(tokens) - 1) if (tokens[i], tokens[i + 1]) in rank]
        if not pairs:
            break
        pair = max(pairs, key=rank.get)
        out, i = [], 0
        while i < len(tokens):
            if i + 1 < len(tokens) and (tokens[i], tokens[i + 1]) == pair:
                out.append(pair[0] + pair[1])
                i += 2
            else:
                out.append(tokens[i])
                i += 1
        tokens = out
    return tokens
