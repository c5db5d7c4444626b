class KthLargest:
    """Tracks the k-th largest value of a growing collection."""

    def __init__(self, k, nums):
        raise NotImplementedError

    def add(self, val):
        """Add val; return the k-th largest value so far."""
        raise NotImplementedError
