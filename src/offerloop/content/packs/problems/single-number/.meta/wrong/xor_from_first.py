def single_number(nums):
    x = nums[0]   # starts from the first value and then XORs it in again
    for v in nums:
        x ^= v
    return x
