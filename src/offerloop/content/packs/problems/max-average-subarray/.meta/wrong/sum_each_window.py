def find_max_average(nums, k):
    # Correct, but sums every window from scratch: O(n k).
    best = None
    for i in range(len(nums) - k + 1):
        total = 0
        for x in nums[i:i + k]:
            total += x
        if best is None or total > best:
            best = total
    return best / k
