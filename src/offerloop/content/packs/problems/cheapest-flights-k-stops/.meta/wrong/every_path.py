def cheapest_price(n, flights, src, dst, k):
    # Correct, but explores every route with at most k + 1 flights.
    out = {}
    for u, v, p in flights:
        out.setdefault(u, []).append((v, p))
    best = [-1]

    def go(u, cost, left):
        if u == dst:
            if best[0] < 0 or cost < best[0]:
                best[0] = cost
            return
        if left == 0:
            return
        for v, p in out.get(u, ()):
            go(v, cost + p, left - 1)

    go(src, 0, k + 1)
    return best[0]
