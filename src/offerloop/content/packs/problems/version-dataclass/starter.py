from dataclasses import dataclass


class Version:
    """A semantic version: frozen, ordered, validated."""

    @classmethod
    def parse(cls, text):
        raise NotImplementedError

    def bump(self, part):
        raise NotImplementedError
