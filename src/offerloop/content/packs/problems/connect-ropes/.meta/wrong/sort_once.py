def min_join_cost(lengths):
    # Sorts once and splices left to right onto one growing rope.
    ropes = sorted(lengths)
    cost = 0
    current = ropes[0]
    for x in ropes[1:]:
        current += x
        cost += current
    return cost
