import math


class Vector2:
    """A 2-D vector: slots, arithmetic operators, equality and hashing."""

    def __init__(self, x, y):
        raise NotImplementedError
