class DetectSquares:
    """Points on an integer grid; count axis-aligned squares completed by a query point."""

    def __init__(self):
        raise NotImplementedError

    def add(self, point):
        raise NotImplementedError

    def count(self, point):
        raise NotImplementedError
