def cheapest_price(n, flights, src, dst, k):
    INF = float("inf")
    best = [INF] * n
    best[src] = 0
    for _ in range(k + 1):
        nxt = best[:]  # this round reads only the previous round's prices
        for u, v, price in flights:
            if best[u] + price < nxt[v]:
                nxt[v] = best[u] + price
        best = nxt
    return -1 if best[dst] == INF else best[dst]
