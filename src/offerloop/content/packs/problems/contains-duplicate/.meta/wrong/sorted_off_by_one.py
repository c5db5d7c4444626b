def contains_duplicate(nums):
    # Sorts, but the loop stops one pair early and misses the last two values.
    s = sorted(nums)
    for i in range(1, len(s) - 1):
        if s[i] == s[i - 1]:
            return True
    return False
