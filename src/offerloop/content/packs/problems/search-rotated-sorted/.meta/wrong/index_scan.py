def search_rotated(nums, target):
    try:
        return nums.index(target)  # O(n) per call
    except ValueError:
        return -1
