from abc import ABC, abstractmethod


class Sensor:
    """Abstract: subclasses provide the unit property and read_raw()."""

    def reading(self):
        raise NotImplementedError

    def readings(self, n):
        raise NotImplementedError


class Thermometer(Sensor):
    def __init__(self, values):
        raise NotImplementedError
