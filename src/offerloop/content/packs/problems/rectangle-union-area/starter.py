def covered_area(a, b):
    """The area covered by the union of two axis-aligned rectangles [x1, y1, x2, y2]."""
    raise NotImplementedError
