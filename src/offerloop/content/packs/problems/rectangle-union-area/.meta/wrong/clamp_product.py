def covered_area(a, b):
    # Clamps the overlap's area instead of its width and height.
    ax1, ay1, ax2, ay2 = a
    bx1, by1, bx2, by2 = b
    width = min(ax2, bx2) - max(ax1, bx1)
    height = min(ay2, by2) - max(ay1, by1)
    return (ax2 - ax1) * (ay2 - ay1) + (bx2 - bx1) * (by2 - by1) - max(0, width * height)
