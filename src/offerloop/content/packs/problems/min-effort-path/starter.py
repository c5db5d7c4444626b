def min_effort(heights):
    """Smallest possible largest step (absolute height difference) on a route corner to corner."""
    raise NotImplementedError
