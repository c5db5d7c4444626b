def sort_array(nums):
    # Goes through a set, which silently drops duplicates.
    out = []
    rest = set(nums)
    while rest:
        m = min(rest)
        out.append(m)
        rest.remove(m)
    return out
