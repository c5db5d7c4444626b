from functools import singledispatchmethod


class Formatter:
    """Format values by type with singledispatchmethod."""

    def __init__(self, precision=2):
        self.precision = precision

    def format(self, value):
        raise NotImplementedError
