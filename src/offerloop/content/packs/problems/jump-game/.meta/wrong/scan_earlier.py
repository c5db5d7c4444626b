def can_reach_end(nums):
    # Correct, but for each index scans every earlier one: O(n^2).
    ok = [False] * len(nums)
    ok[0] = True
    for i in range(1, len(nums)):
        ok[i] = any(ok[j] and j + nums[j] >= i for j in range(i))
    return ok[-1]
