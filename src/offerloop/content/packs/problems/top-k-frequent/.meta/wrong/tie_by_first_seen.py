from collections import Counter


def top_k_frequent(nums, k):
    # most_common breaks ties by first appearance, not by the smaller value.
    return [v for v, _ in Counter(nums).most_common(k)]
