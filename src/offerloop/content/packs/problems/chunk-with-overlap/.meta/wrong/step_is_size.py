def chunk_tokens(tokens, size, overlap):
    # Ignores the overlap.
    return [list(tokens[s:s + size]) for s in range(0, len(tokens), size)]
