def chunk_tokens(tokens, size, overlap):
    # Only full windows: the tail of the document is lost.
    step = size - overlap
    if len(tokens) <= size:
        return [list(tokens)] if tokens else []
    return [list(tokens[s:s + size]) for s in range(0, len(tokens) - size + 1, step)]
