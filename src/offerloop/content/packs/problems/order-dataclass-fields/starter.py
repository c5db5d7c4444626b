from dataclasses import dataclass, field


class LineItem:
    """name, qty, price_cents; frozen."""


class Order:
    """customer, items (a new list per order), note (not compared, not shown)."""

    def add(self, name, qty, price_cents):
        raise NotImplementedError

    def total_cents(self):
        raise NotImplementedError
