def majority_element(nums):
    # Switches candidate on any mismatch instead of only when the counter reaches zero.
    candidate, count = nums[0], 0
    for x in nums:
        if x == candidate:
            count += 1
        else:
            candidate, count = x, 1
    return candidate
