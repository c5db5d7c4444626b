def letter_combinations(digits):
    """Every word the digits 2-9 can spell on a phone keypad (any order); [] for no digits."""
    raise NotImplementedError
