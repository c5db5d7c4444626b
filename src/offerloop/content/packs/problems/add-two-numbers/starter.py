def add_digit_lists(a, b):
    """Sum of two numbers given as digit lists, least significant digit first, in the same form."""
    raise NotImplementedError
