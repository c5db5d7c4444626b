from enum import IntEnum


class Weekday(IntEnum):
    MONDAY = 1
    TUESDAY = 2
    WEDNESDAY = 3
    THURSDAY = 4
    FRIDAY = 5
    SATURDAY = 6
    SUNDAY = 7

    @property
    def is_weekend(self):
        return self >= 6

    def next(self):
        return Weekday(self.value % 7 + 1)

    @classmethod
    def from_name(cls, text):
        try:
            return cls[text.strip().upper()]
        except KeyError:
            raise ValueError(text) from None
