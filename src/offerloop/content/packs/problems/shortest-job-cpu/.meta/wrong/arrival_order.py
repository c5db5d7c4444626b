def cpu_order(tasks):
    # First come, first served: ignores durations.
    return sorted(range(len(tasks)), key=lambda i: (tasks[i][0], i))
