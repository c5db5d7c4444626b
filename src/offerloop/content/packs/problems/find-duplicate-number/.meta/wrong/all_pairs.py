def find_duplicate(nums):
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):  # O(n^2)
            if nums[i] == nums[j]:
                return nums[i]
