def max_xor(nums):
    ans = 0
    for b in range(29, -1, -1):   # misses bit 30
        prefixes = {(v >> b) & ((1 << (30 - b)) - 1) for v in nums}
        cand = (ans << 1) | 1
        ans = cand if any(p ^ cand in prefixes for p in prefixes) else ans << 1
    return ans
