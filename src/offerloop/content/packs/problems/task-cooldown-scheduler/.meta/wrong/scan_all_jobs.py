def least_interval(tasks, n):
    # Correct greedy (busiest available letter), but rescans every remaining job each slot: O(N * slots).
    left = list(tasks)
    ready = {}
    time = 0
    while left:
        counts = {}
        for t in left:
            counts[t] = counts.get(t, 0) + 1
        best = None
        for t, c in counts.items():
            if ready.get(t, 0) <= time and (best is None or c > counts[best]):
                best = t
        if best is not None:
            left.remove(best)
            ready[best] = time + n + 1
        time += 1
    return time
