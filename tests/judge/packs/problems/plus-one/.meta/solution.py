def plus_one(nums):
    return [n + 1 for n in nums]
