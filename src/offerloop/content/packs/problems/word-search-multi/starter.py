def find_words(board, words):
    """The words that can be traced on the board (adjacent cells, no cell reused), sorted."""
    raise NotImplementedError
