def bpe_encode(word, merges):
    # One pass over the merges, each merging only its first occurrence.
    tokens = list(word)
    for a, b in merges:
        for i in range(len(tokens) - 1):
            if tokens[i] == a and tokens[i + 1] == b:
                tokens[i:i + 2] = [a + b]
                break
    return tokens
