from abc import ABC, abstractmethod


class Sensor(ABC):
    @abstractmethod
    def unit(self):   # abstract, but not a property
        ...

    @abstractmethod
    def read_raw(self):
        ...

    def reading(self):
        unit = self.unit() if callable(self.unit) else self.unit
        return f"{self.read_raw():.1f} {unit}"

    def readings(self, n):
        return [self.reading() for _ in range(n)]


class Thermometer(Sensor):
    def __init__(self, values):
        self._values = list(values)
        if not self._values:
            raise ValueError("empty")
        self._next = 0

    def unit(self):
        return "C"

    def read_raw(self):
        value = self._values[self._next]
        self._next = (self._next + 1) % len(self._values)
        return value
