def chunk_tokens(tokens, size, overlap):
    # Emits a chunk at every start before the end, including tails inside the previous chunk.
    step = size - overlap
    return [list(tokens[s:s + size]) for s in range(0, len(tokens), step)]
