def bpe_encode(word, merges):
    # Merges with str.replace on space-joined tokens, which matches across token boundaries.
    rank = {tuple(m): i for i, m in reversed(list(enumerate(merges)))}
    tokens = list(word)
    while len(tokens) > 1:
        pairs = [(tokens[i], tokens[i + 1]) for i in range(len(tokens) - 1)]
        known = [p for p in pairs if p in rank]
        if not known:
            break
        a, b = min(known, key=rank.get)
        tokens = " ".join(tokens).replace(f"{a} {b}", a + b).split(" ")
    return tokens
