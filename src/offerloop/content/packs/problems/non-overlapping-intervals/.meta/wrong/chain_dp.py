def erase_overlap_intervals(intervals):
    # Correct, but a longest-chain DP over all earlier intervals: O(n^2).
    iv = sorted(intervals, key=lambda x: x[1])
    best = [1] * len(iv)
    for i in range(len(iv)):
        for j in range(i):
            if iv[j][1] <= iv[i][0] and best[j] + 1 > best[i]:
                best[i] = best[j] + 1
    return len(iv) - max(best, default=0)
