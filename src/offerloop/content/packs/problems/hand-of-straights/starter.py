def can_form_straights(hand, k):
    """True when hand splits into groups of k consecutive values, every card used once."""
    raise NotImplementedError
