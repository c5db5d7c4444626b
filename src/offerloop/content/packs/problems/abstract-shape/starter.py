import math
from abc import ABC, abstractmethod


class Shape:
    """Abstract: area() and perimeter() must be implemented by subclasses."""

    def describe(self):
        raise NotImplementedError


class Rectangle(Shape):
    def __init__(self, width, height):
        raise NotImplementedError


class Circle(Shape):
    def __init__(self, radius):
        raise NotImplementedError
