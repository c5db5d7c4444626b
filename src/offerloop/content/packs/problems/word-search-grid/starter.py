def exists(board, word):
    """True if word can be traced through edge-adjacent cells of board, each cell used at most once."""
    raise NotImplementedError
