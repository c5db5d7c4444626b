import re
from dataclasses import dataclass, replace


@dataclass(frozen=True, order=True)
class Interval:   # not a tuple: no _replace, not equal to (3, 7)
    start: int
    end: int

    @property
    def length(self):
        return self.end - self.start

    def overlaps(self, other):
        return max(self.start, other.start) < min(self.end, other.end)

    def _replace(self, **changes):
        return replace(self, **changes)

    @classmethod
    def parse(cls, text):
        m = re.fullmatch(r"([0-9]+)-([0-9]+)", text)
        if m is None or int(m.group(1)) > int(m.group(2)):
            raise ValueError(text)
        return cls(int(m.group(1)), int(m.group(2)))


def merge_intervals(intervals):
    merged = []
    for iv in sorted(i for i in intervals if i.start < i.end):
        if merged and iv.start <= merged[-1].end:
            merged[-1] = merged[-1]._replace(end=max(merged[-1].end, iv.end))
        else:
            merged.append(iv)
    return merged
