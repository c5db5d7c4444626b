def max_sliding_window(nums, k):
    # Correct, but takes max over every window: O(n k).
    return [max(nums[i:i + k]) for i in range(len(nums) - k + 1)]
