def trap(height):
    # Uses the higher of the two walls as the water level; water would spill over the lower one.
    water = 0
    for i in range(len(height)):
        level = max(max(height[: i + 1]), max(height[i:]))
        water += level - height[i]
    return water
