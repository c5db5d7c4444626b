def bpe_encode(word, merges):
    # Merges the leftmost pair that appears in merges, whatever its priority.
    known = {tuple(m) for m in merges}
    tokens = list(word)
    while True:
        for i in range(len(tokens) - 1):
            if (tokens[i], tokens[i + 1]) in known:
                tokens[i:i + 2] = [tokens[i] + tokens[i + 1]]
                break
        else:
            return tokens
