def mst_weight(n, edges):
    # Adds each node's cheapest edge, which can count an edge twice and miss connections.
    best = {}
    for u, v, w in edges:
        if u == v:
            continue
        for x in (u, v):
            if x not in best or w < best[x]:
                best[x] = w
    if n > 1 and len(best) < n:
        return -1
    return sum(best.values()) if n > 1 else 0
