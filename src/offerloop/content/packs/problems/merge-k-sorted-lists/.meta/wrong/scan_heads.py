def merge_k_sorted(lists):
    # Correct, but scans every head for the minimum at each step: O(N k).
    pos = [0] * len(lists)
    out = []
    while True:
        best = None
        for i, lst in enumerate(lists):
            if pos[i] < len(lst) and (best is None or lst[pos[i]] < lists[best][pos[best]]):
                best = i
        if best is None:
            return out
        out.append(lists[best][pos[best]])
        pos[best] += 1
