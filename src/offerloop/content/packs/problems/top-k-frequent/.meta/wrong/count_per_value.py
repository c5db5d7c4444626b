def top_k_frequent(nums, k):
    # Correct, but rescans the list for every distinct value: O(n * distinct).
    counts = [(v, nums.count(v)) for v in set(nums)]
    counts.sort(key=lambda vc: (-vc[1], vc[0]))
    return [v for v, _ in counts[:k]]
