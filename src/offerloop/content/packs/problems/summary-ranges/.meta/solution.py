def summary_ranges(nums):
    runs = []
    for i, v in enumerate(nums):
        if i == 0 or v != nums[i - 1] + 1:
            runs.append([v, v])
        else:
            runs[-1][1] = v
    return runs
