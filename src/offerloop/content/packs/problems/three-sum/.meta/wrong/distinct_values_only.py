def three_sum(nums):
    # Deduplicates the input first, losing triplets like [-1, -1, 2] and [0, 0, 0].
    nums = sorted(set(nums))
    out = []
    for i in range(len(nums)):
        lo, hi = i + 1, len(nums) - 1
        while lo < hi:
            s = nums[i] + nums[lo] + nums[hi]
            if s < 0:
                lo += 1
            elif s > 0:
                hi -= 1
            else:
                out.append([nums[i], nums[lo], nums[hi]])
                lo += 1
                hi -= 1
    return out
