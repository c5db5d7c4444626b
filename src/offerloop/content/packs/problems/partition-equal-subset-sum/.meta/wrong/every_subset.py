def can_partition(nums):
    # Correct, but tries both choices for every coin: exponential.
    total = sum(nums)
    if total % 2:
        return False

    def reach(i, left):
        if left == 0:
            return True
        if i == len(nums) or left < 0:
            return False
        return reach(i + 1, left - nums[i]) or reach(i + 1, left)

    return reach(0, total // 2)
