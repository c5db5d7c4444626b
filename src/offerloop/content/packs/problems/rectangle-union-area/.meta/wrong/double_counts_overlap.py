def covered_area(a, b):
    # Adds the two areas and forgets to remove the shared part.
    ax1, ay1, ax2, ay2 = a
    bx1, by1, bx2, by2 = b
    return (ax2 - ax1) * (ay2 - ay1) + (bx2 - bx1) * (by2 - by1)
