def trap(height):
    # Only looks at the two neighbours of each bar, so wide basins are missed.
    water = 0
    for i in range(1, len(height) - 1):
        level = min(height[i - 1], height[i + 1])
        if level > height[i]:
            water += level - height[i]
    return water
