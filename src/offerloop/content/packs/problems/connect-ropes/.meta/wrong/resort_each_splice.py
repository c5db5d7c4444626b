def min_join_cost(lengths):
    # Correct, but finds the two shortest by scanning the whole list on every splice: O(n^2).
    ropes = list(lengths)
    cost = 0
    while len(ropes) > 1:
        a = ropes.pop(ropes.index(min(ropes)))
        b = ropes.pop(ropes.index(min(ropes)))
        cost += a + b
        ropes.append(a + b)
    return cost
