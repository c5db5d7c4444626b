def can_reach_end(nums):
    far = 0
    for i, v in enumerate(nums):
        if i > far or (v == 0 and far <= i):   # a zero on the last index counts as stuck
            return False
        far = max(far, i + v)
        if far >= len(nums) - 1 and i < len(nums) - 1:
            return True
    return True
