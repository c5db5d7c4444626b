def find_kth_largest(nums, k):
    return sorted(nums)[k - 1]   # k-th smallest, not k-th largest
