def bpe_encode(word, merges):
    rank = {}
    for i, (a, b) in enumerate(merges):
        rank.setdefault((a, b), i)
    tokens = list(word)
    while len(tokens) > 1:
        best = min(range(len(tokens) - 1), key=lambda i: rank.get((tokens[i], tokens[i + 1]), float("inf")))
        pair = (tokens[best], tokens[best + 1])
        if pair not in rank:
            break
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
