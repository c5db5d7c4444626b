def majority_element(nums):
    # Correct, but counts each value by scanning the whole list: quadratic.
    for x in nums:
        c = 0
        for y in nums:
            if y == x:
                c += 1
        if c > len(nums) // 2:
            return x
