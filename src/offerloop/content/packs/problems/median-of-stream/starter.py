class MedianFinder:
    """The running median of a stream of integers."""

    def __init__(self):
        raise NotImplementedError

    def add_num(self, num):
        raise NotImplementedError

    def find_median(self):
        """Median of the numbers added so far (a float)."""
        raise NotImplementedError
