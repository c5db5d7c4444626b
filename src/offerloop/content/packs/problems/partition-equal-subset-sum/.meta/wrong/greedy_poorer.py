def can_partition(nums):
    a = b = 0
    for v in sorted(nums, reverse=True):   # biggest coin to whoever has less
        if a <= b:
            a += v
        else:
            b += v
    return a == b
