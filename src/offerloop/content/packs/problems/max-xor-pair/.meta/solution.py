def max_xor(nums):
    ans = 0
    for b in range(30, -1, -1):
        prefixes = {v >> b for v in nums}
        cand = (ans << 1) | 1
        # cand is reachable iff some prefix p has its partner p ^ cand among the prefixes.
        ans = cand if not prefixes.isdisjoint({p ^ cand for p in prefixes}) else ans << 1
    return ans
