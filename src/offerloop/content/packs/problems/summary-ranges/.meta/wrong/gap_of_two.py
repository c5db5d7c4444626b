def summary_ranges(nums):
    # Joins values that differ by at most 2, as if the gap did not matter.
    runs = []
    for v in nums:
        if runs and v - runs[-1][1] <= 2:
            runs[-1][1] = v
        else:
            runs.append([v, v])
    return runs
