def find_kth_largest(nums, k):
    # Ranks distinct values, so duplicates are counted once.
    values = sorted(set(nums), reverse=True)
    return values[min(k, len(values)) - 1]
