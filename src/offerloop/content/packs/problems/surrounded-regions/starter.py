def capture(board):
    """The board (list of strings of 'X'/'O') with every O-region not touching the border turned to X."""
    raise NotImplementedError
