def both_oceans(heights):
    """Cells [r, c] whose rain reaches both the Pacific (top, left) and the Atlantic (bottom, right), sorted."""
    raise NotImplementedError
