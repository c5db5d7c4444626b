def chunk_tokens(tokens, size, overlap):
    """Windows of `size` starting every size - overlap tokens, stopping at the first that reaches the end."""
    raise NotImplementedError
