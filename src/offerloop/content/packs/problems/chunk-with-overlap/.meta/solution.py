def chunk_tokens(tokens, size, overlap):
    step = size - overlap
    chunks, start = [], 0
    while start < len(tokens):
        chunks.append(list(tokens[start:start + size]))
        if start + size >= len(tokens):
            break
        start += step
    return chunks
