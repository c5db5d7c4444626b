import re
from typing import NamedTuple


class Interval(NamedTuple):
    start: int
    end: int

    @property
    def length(self):
        return self.end - self.start

    def overlaps(self, other):
        return self.start <= other.end and other.start <= self.end   # touching counts as overlapping

    @classmethod
    def parse(cls, text):
        m = re.fullmatch(r"([0-9]+)-([0-9]+)", text)
        if m is None:
            raise ValueError(f"not an interval: {text!r}")
        start, end = int(m.group(1)), int(m.group(2))
        if start > end:
            raise ValueError(f"start after end: {text!r}")
        return cls(start, end)


def merge_intervals(intervals):
    merged = []
    for iv in sorted(i for i in intervals if i.start < i.end):
        if merged and iv.start <= merged[-1].end:
            merged[-1] = merged[-1]._replace(end=max(merged[-1].end, iv.end))
        else:
            merged.append(Interval(*iv))
    return merged
