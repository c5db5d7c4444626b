def sort_array(nums):
    if len(nums) <= 1:
        return list(nums)
    mid = len(nums) // 2
    left, right = sort_array(nums[:mid]), sort_array(nums[mid:])
    out, i, j = [], 0, 0
    while i < len(left) and j < len(right):
        if right[j] < left[i]:
            out.append(right[j])
            j += 1
        else:
            out.append(left[i])
            i += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out
