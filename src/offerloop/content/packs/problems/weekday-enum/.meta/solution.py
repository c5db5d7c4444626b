from enum import Enum


class Weekday(Enum):
    MONDAY = 1
    TUESDAY = 2
    WEDNESDAY = 3
    THURSDAY = 4
    FRIDAY = 5
    SATURDAY = 6
    SUNDAY = 7

    @property
    def is_weekend(self):
        return self in (Weekday.SATURDAY, Weekday.SUNDAY)

    def next(self):
        return Weekday(self.value % 7 + 1)

    @classmethod
    def from_name(cls, text):
        try:
            return cls[text.strip().upper()]
        except KeyError:
            raise ValueError(f"not a weekday: {text!r}") from None
