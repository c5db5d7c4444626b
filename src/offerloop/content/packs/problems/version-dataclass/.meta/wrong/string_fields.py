from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Version:
    # Keeps the parts as text, so "10" sorts before "9".
    major: object
    minor: object = "0"
    patch: object = "0"

    def __post_init__(self):
        for name in ("major", "minor", "patch"):
            value = getattr(self, name)
            if type(value) is bool or not isinstance(value, (int, str)):
                raise TypeError(name)
            if int(value) < 0:
                raise ValueError(name)
            object.__setattr__(self, name, str(value))

    @classmethod
    def parse(cls, text):
        parts = text.split(".")
        if len(parts) != 3 or not all(p.isdigit() for p in parts):
            raise ValueError(text)
        return cls(*(str(int(p)) for p in parts))

    def __str__(self):
        return f"{self.major}.{self.minor}.{self.patch}"

    def bump(self, part):
        m, n, p = int(self.major), int(self.minor), int(self.patch)
        if part == "major":
            return Version(m + 1, 0, 0)
        if part == "minor":
            return Version(m, n + 1, 0)
        if part == "patch":
            return Version(m, n, p + 1)
        raise ValueError(part)
