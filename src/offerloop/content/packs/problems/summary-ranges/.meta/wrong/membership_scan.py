def summary_ranges(nums):
    # Correct, but extends each run with a membership test on the list: O(n^2).
    runs = []
    for v in nums:
        if v - 1 in nums:
            continue
        end = v
        while end + 1 in nums:
            end += 1
        runs.append([v, end])
    return runs
