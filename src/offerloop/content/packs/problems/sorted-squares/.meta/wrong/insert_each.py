def sorted_squares(nums):
    # Insertion into a growing sorted list: O(n^2).
    out = []
    for v in nums:
        sq = v * v
        i = len(out)
        while i > 0 and out[i - 1] > sq:
            i -= 1
        out.insert(i, sq)
    return out
