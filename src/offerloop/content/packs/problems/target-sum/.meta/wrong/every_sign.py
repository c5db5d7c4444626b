def count_sign_ways(nums, target):
    # Correct, but tries all 2^n sign choices.
    def go(i, acc):
        if i == len(nums):
            return 1 if acc == target else 0
        return go(i + 1, acc + nums[i]) + go(i + 1, acc - nums[i])

    return go(0, 0)
