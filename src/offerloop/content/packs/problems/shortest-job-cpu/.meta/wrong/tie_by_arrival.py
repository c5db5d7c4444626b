import heapq


def cpu_order(tasks):
    # Breaks duration ties by arrival time before index.
    order = sorted(range(len(tasks)), key=lambda i: tasks[i][0])
    waiting, out, clock, j = [], [], 0, 0
    while len(out) < len(tasks):
        if not waiting and clock < tasks[order[j]][0]:
            clock = tasks[order[j]][0]
        while j < len(order) and tasks[order[j]][0] <= clock:
            i = order[j]
            heapq.heappush(waiting, (tasks[i][1], tasks[i][0], i))
            j += 1
        duration, _, i = heapq.heappop(waiting)
        clock += duration
        out.append(i)
    return out
