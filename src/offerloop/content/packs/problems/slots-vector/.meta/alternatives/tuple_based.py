# Written differently: numbers.Real for scalars, components compared as tuples, length with
# math.sqrt, __rmul__ written out.
import math
import numbers


class Vector2:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def _t(self):
        return (self.x, self.y)

    def __repr__(self):
        return "Vector2(%r, %r)" % self._t()

    def __iter__(self):
        return iter(self._t())

    def __eq__(self, o):
        return self._t() == o._t() if type(o) is Vector2 else NotImplemented

    def __hash__(self):
        return hash(self._t())

    def __add__(self, o):
        return Vector2(self.x + o.x, self.y + o.y) if isinstance(o, Vector2) else NotImplemented

    def __sub__(self, o):
        return Vector2(self.x - o.x, self.y - o.y) if isinstance(o, Vector2) else NotImplemented

    def __neg__(self):
        return Vector2(-self.x, -self.y)

    def _scalar(self, k):
        if isinstance(k, bool) or not isinstance(k, numbers.Real):
            return NotImplemented
        return Vector2(k * self.x, k * self.y)

    def __mul__(self, k):
        return self._scalar(k)

    def __rmul__(self, k):
        return self._scalar(k)

    def __matmul__(self, o):
        if not isinstance(o, Vector2):
            return NotImplemented
        return sum(a * b for a, b in zip(self, o))

    def __abs__(self):
        return math.hypot(*self._t())

    def __bool__(self):
        return self.x != 0 or self.y != 0
