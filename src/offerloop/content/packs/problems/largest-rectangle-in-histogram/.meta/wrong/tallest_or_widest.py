def largest_rectangle_area(heights):
    # Only compares the tallest bar with the full-width rectangle of the lowest bar.
    if not heights:
        return 0
    return max(max(heights), min(heights) * len(heights))
