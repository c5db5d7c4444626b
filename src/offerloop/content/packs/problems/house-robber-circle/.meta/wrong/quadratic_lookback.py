def rob_circle(nums):
    # Correct, but takes the max over every earlier non-adjacent total: O(n^2).
    n = len(nums)
    if n == 1:
        return nums[0]

    def line(vals):
        best = []
        for i, v in enumerate(vals):
            best.append(v + max(best[: max(i - 1, 0)], default=0))
        return max(best, default=0)

    return max(line(nums[1:]), line(nums[:-1]))
