def cheapest_price(n, flights, src, dst, k):
    # Off by one: k rounds allow only k flights, not k + 1.
    INF = float("inf")
    best = [INF] * n
    best[src] = 0
    for _ in range(k):
        nxt = best[:]
        for u, v, price in flights:
            if best[u] + price < nxt[v]:
                nxt[v] = best[u] + price
        best = nxt
    return -1 if best[dst] == INF else best[dst]
