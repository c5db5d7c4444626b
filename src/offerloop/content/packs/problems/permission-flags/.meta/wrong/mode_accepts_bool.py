from enum import Flag


class Permission(Flag):
    READ = 4
    WRITE = 2
    EXECUTE = 1

    @classmethod
    def parse(cls, text):
        if not isinstance(text, str) or len(text) != 3:
            raise ValueError(f"not a permission string: {text!r}")
        result = cls(0)
        for char, letter, member in zip(text, "rwx", (cls.READ, cls.WRITE, cls.EXECUTE)):
            if char == letter:
                result |= member
            elif char != "-":
                raise ValueError(f"not a permission string: {text!r}")
        return result

    @classmethod
    def from_mode(cls, mode):
        if not isinstance(mode, int) or not 0 <= mode <= 7:   # True passes as 1
            raise ValueError(f"not a mode digit: {mode!r}")
        return cls(mode)

    def __str__(self):
        return "".join(letter if member in self else "-"
                       for letter, member in zip("rwx", (Permission.READ, Permission.WRITE, Permission.EXECUTE)))

    def allows(self, other):
        return other in self
