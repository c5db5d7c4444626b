def trap(height):
    # Fills every bar up to the tallest bar on its left, ignoring the right wall.
    water, left = 0, 0
    for h in height:
        left = max(left, h)
        water += left - h
    return water
