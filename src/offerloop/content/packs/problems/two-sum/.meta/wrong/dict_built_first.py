def two_sum(nums, target):
    # Builds the whole dict first; later duplicates overwrite earlier indices and i == j slips through.
    where = {x: k for k, x in enumerate(nums)}
    for i, x in enumerate(nums):
        j = where.get(target - x)
        if j is not None:
            return [i, j]
    return []
