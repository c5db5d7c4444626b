def count_sign_ways(nums, target):
    counts = {0: 1}
    for v in nums:
        nxt = {}
        for t, c in counts.items():
            for signed in {v, -v}:   # a set: +0 and -0 collapse into one choice
                nxt[t + signed] = nxt.get(t + signed, 0) + c
        counts = nxt
    return counts.get(target, 0)
