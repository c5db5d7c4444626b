def cpu_order(tasks):
    # Correct, but scans every waiting job for the shortest one: O(n^2) when many wait.
    order = sorted(range(len(tasks)), key=lambda i: tasks[i][0])
    waiting, out, clock, j = [], [], 0, 0
    while len(out) < len(tasks):
        if not waiting and clock < tasks[order[j]][0]:
            clock = tasks[order[j]][0]
        while j < len(order) and tasks[order[j]][0] <= clock:
            waiting.append(order[j])
            j += 1
        best = 0
        for k in range(1, len(waiting)):
            a, b = waiting[k], waiting[best]
            if (tasks[a][1], a) < (tasks[b][1], b):
                best = k
        i = waiting.pop(best)
        clock += tasks[i][1]
        out.append(i)
    return out
