def peak_index(heights):
    # Walks from the start until the profile falls: O(n).
    i = 0
    while heights[i + 1] > heights[i]:
        i += 1
    return i
