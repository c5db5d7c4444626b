def range_sums(nums, queries):
    # Treats right as exclusive, so the last value of each range is left out.
    prefix = [0]
    for x in nums:
        prefix.append(prefix[-1] + x)
    return [prefix[r] - prefix[l] for l, r in queries]
