def max_area(heights):
    """Largest min(heights[i], heights[j]) * (j - i) over pairs i < j."""
    raise NotImplementedError
