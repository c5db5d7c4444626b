from functools import total_ordering


@total_ordering
class Money:
    # Defines __eq__ without __hash__, so instances cannot go in sets.
    def __init__(self, cents, currency):
        self.cents = cents
        self.currency = currency

    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return (self.cents, self.currency) == (other.cents, other.currency)

    def __lt__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        if self.currency != other.currency:
            raise ValueError("different currencies")
        return self.cents < other.cents

    def __repr__(self):
        return f"Money({self.cents!r}, {self.currency!r})"
