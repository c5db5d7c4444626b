def next_greater(subset, nums):
    # Correct, but scans to the right from every value: quadratic on a falling list.
    out = []
    for v in subset:
        i = nums.index(v)
        found = -1
        for w in nums[i + 1:]:
            if w > v:
                found = w
                break
        out.append(found)
    return out
