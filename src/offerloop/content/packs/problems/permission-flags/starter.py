from enum import Flag


class Permission:
    """READ, WRITE, EXECUTE as combinable flags."""

    @classmethod
    def parse(cls, text):
        raise NotImplementedError

    @classmethod
    def from_mode(cls, mode):
        raise NotImplementedError

    def allows(self, other):
        raise NotImplementedError
