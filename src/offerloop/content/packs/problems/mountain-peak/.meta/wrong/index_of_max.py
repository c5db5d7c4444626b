def peak_index(heights):
    return heights.index(max(heights))  # O(n) per call
