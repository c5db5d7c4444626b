from functools import total_ordering


class Money:
    """An amount in cents with a currency; define __eq__ and __lt__, let total_ordering add the rest."""

    def __init__(self, cents, currency):
        raise NotImplementedError
