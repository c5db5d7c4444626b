def missing_number(nums):
    # Correct, but "k in nums" scans the list for every k: quadratic.
    for k in range(len(nums) + 1):
        if k not in nums:
            return k
