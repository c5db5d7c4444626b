import heapq


def cpu_order(tasks):
    # When the CPU wakes from idling it admits only the first arriving job, not all that arrive then.
    order = sorted(range(len(tasks)), key=lambda i: tasks[i][0])
    waiting, out, clock, j = [], [], 0, 0
    while len(out) < len(tasks):
        if not waiting:
            i = order[j]
            clock = max(clock, tasks[i][0])
            heapq.heappush(waiting, (tasks[i][1], i))
            j += 1
        duration, i = heapq.heappop(waiting)
        clock += duration
        out.append(i)
        while j < len(order) and tasks[order[j]][0] <= clock:
            heapq.heappush(waiting, (tasks[order[j]][1], order[j]))
            j += 1
    return out
