def majority_element(nums):
    # Returns the first value seen twice, which need not be the majority.
    seen = set()
    for x in nums:
        if x in seen:
            return x
        seen.add(x)
    return nums[0]
