def find_min(nums):
    return min(nums)  # O(n) per call
