import heapq
from collections import Counter


def top_k_frequent(nums, k):
    counts = Counter(nums)
    best = heapq.nsmallest(k, counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return [v for v, _ in best]
