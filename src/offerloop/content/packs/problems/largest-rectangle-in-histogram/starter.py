def largest_rectangle_area(heights):
    """Area of the largest rectangle that fits under the histogram heights."""
    raise NotImplementedError
