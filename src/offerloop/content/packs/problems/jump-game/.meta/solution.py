def can_reach_end(nums):
    far = 0
    last = len(nums) - 1
    for i, v in enumerate(nums):
        if i > far:
            return False
        if i + v > far:
            far = i + v
            if far >= last:
                return True
    return True
