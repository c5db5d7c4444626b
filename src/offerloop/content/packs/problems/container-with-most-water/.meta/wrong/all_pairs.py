def max_area(heights):
    # Correct, but measures every pair: O(n^2).
    best = 0
    n = len(heights)
    for i in range(n):
        for j in range(i + 1, n):
            best = max(best, min(heights[i], heights[j]) * (j - i))
    return best
