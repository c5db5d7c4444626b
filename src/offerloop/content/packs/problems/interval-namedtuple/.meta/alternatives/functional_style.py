# Written differently: overlap as "neither ends before the other starts" plus a non-empty
# check, parse without regular expressions, merge with functools.reduce.
from functools import reduce
from typing import NamedTuple


class Interval(NamedTuple):
    start: int
    end: int

    @property
    def length(self):
        return self.end - self.start

    def overlaps(self, other):
        if self.length == 0 or other.length == 0:
            return False
        return not (self.end <= other.start or other.end <= self.start)

    @classmethod
    def parse(cls, text):
        parts = text.split("-")
        if len(parts) != 2 or not all(p.isascii() and p.isdigit() for p in parts):
            raise ValueError(text)
        start, end = map(int, parts)
        if start > end:
            raise ValueError(text)
        return cls(start, end)


def merge_intervals(intervals):
    def step(acc, iv):
        if acc and iv.start <= acc[-1].end:
            return acc[:-1] + [Interval(acc[-1].start, max(acc[-1].end, iv.end))]
        return acc + [Interval(iv.start, iv.end)]

    return reduce(step, sorted(iv for iv in intervals if iv.end > iv.start), [])
