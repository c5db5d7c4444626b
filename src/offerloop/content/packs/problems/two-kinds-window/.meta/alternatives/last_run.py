def longest_two_kinds(items):
    # Track the two kinds in the window, the last value and where its current run began.
    best = cur = 0
    a = b = None  # b is the most recent kind
    run_start = 0
    for i, v in enumerate(items):
        if v == a or v == b:
            cur += 1
        else:
            cur = i - run_start + 1  # the run of b plus v
        if v != b:
            a, b = b, v
            run_start = i
        best = max(best, cur)
    return best
