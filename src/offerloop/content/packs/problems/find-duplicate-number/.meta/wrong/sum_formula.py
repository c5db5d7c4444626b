def find_duplicate(nums):
    n = len(nums) - 1
    return sum(nums) - n * (n + 1) // 2  # only right when the value appears exactly twice and none is missing
