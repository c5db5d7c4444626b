def sorted_squares(nums):
    # Split at the first non-negative value, then merge the two ascending runs of squares.
    split = 0
    while split < len(nums) and nums[split] < 0:
        split += 1
    left = [v * v for v in reversed(nums[:split])]
    right = [v * v for v in nums[split:]]
    out, i, j = [], 0, 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    return out + left[i:] + right[j:]
