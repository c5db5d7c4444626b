from collections import Counter


def least_interval(tasks, n):
    # Simulates, but runs the alphabetically first available letter instead of the busiest one.
    left = Counter(tasks)
    ready = {t: 0 for t in left}
    time, done = 0, 0
    while done < len(tasks):
        for t in sorted(left):
            if left[t] and ready[t] <= time:
                left[t] -= 1
                ready[t] = time + n + 1
                done += 1
                break
        time += 1
    return time
