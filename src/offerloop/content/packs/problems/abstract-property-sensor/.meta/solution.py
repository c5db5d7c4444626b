from abc import ABC, abstractmethod


class Sensor(ABC):
    @property
    @abstractmethod
    def unit(self):
        ...

    @abstractmethod
    def read_raw(self):
        ...

    def reading(self):
        return f"{self.read_raw():.1f} {self.unit}"

    def readings(self, n):
        return [self.reading() for _ in range(n)]


class Thermometer(Sensor):
    def __init__(self, values):
        self._values = list(values)
        if not self._values:
            raise ValueError("a thermometer needs at least one value")
        self._next = 0

    @property
    def unit(self):
        return "C"

    def read_raw(self):
        value = self._values[self._next]
        self._next = (self._next + 1) % len(self._values)
        return value
