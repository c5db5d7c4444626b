def summary_ranges(nums):
    # Reads nums[0] before checking for an empty list.
    runs = [[nums[0], nums[0]]]
    for v in nums[1:]:
        if v == runs[-1][1] + 1:
            runs[-1][1] = v
        else:
            runs.append([v, v])
    return runs
