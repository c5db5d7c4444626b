# Written differently: enum.auto is not used, the letters come from a table, from_mode
# checks the int type with isinstance and excludes bool, allows uses &.
import enum

_LETTERS = (("r", 4), ("w", 2), ("x", 1))


class Permission(enum.Flag):
    READ = 4
    WRITE = 2
    EXECUTE = 1

    @classmethod
    def parse(cls, text):
        if type(text) is not str or len(text) != 3:
            raise ValueError(text)
        value = 0
        for ch, (letter, bit) in zip(text, _LETTERS):
            if ch not in (letter, "-"):
                raise ValueError(text)
            value |= bit if ch == letter else 0
        return cls(value)

    @classmethod
    def from_mode(cls, mode):
        if isinstance(mode, bool) or not isinstance(mode, int) or mode not in range(8):
            raise ValueError(mode)
        return cls(mode)

    def __str__(self):
        return "".join(letter if self.value & bit else "-" for letter, bit in _LETTERS)

    def allows(self, other):
        return (self & other) == other
