def _line(nums, lo, hi):
    prev2 = prev = 0
    for i in range(lo, hi):
        prev2, prev = prev, max(prev, prev2 + nums[i])
    return prev


def rob_circle(nums):
    n = len(nums)
    if n == 1:
        return nums[0]
    return max(_line(nums, 0, n - 1), _line(nums, 1, n))
