def trap(height):
    # Correct, but finds the maxima on both sides by scanning from every bar: O(n^2).
    water = 0
    for i in range(len(height)):
        left = right = height[i]
        for j in range(i):
            left = max(left, height[j])
        for j in range(i + 1, len(height)):
            right = max(right, height[j])
        water += min(left, right) - height[i]
    return water
