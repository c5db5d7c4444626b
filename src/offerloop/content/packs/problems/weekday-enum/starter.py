from enum import Enum


class Weekday(Enum):
    """MONDAY = 1 ... SUNDAY = 7, with is_weekend, next() and from_name()."""
