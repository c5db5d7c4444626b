from typing import NamedTuple


class Interval:
    """[start, end) as a NamedTuple."""

    @classmethod
    def parse(cls, text):
        raise NotImplementedError

    def overlaps(self, other):
        raise NotImplementedError


def merge_intervals(intervals):
    """The union as sorted, non-touching Intervals."""
    raise NotImplementedError
