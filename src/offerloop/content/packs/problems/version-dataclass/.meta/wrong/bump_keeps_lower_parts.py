from dataclasses import dataclass, replace


@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

    def __post_init__(self):
        for name in ("major", "minor", "patch"):
            value = getattr(self, name)
            if type(value) is not int:
                raise TypeError(name)
            if value < 0:
                raise ValueError(name)

    @classmethod
    def parse(cls, text):
        parts = text.split(".")
        if len(parts) != 3 or not all(p.isdigit() for p in parts):
            raise ValueError(text)
        return cls(*(int(p) for p in parts))

    def __str__(self):
        return f"{self.major}.{self.minor}.{self.patch}"

    def bump(self, part):
        if part not in ("major", "minor", "patch"):
            raise ValueError(part)
        return replace(self, **{part: getattr(self, part) + 1})   # 1.4.2 -> 1.5.2
