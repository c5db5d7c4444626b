def final_total(ops):
    """Sum of the score sheet after replaying ops (integers, "+", "D", "C")."""
    raise NotImplementedError
