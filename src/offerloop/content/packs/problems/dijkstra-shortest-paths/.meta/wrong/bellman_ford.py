def shortest_paths(n, edges, source):
    # Correct (Bellman-Ford, stopping once nothing changes), but O(V E) on long paths.
    INF = float("inf")
    dist = [INF] * n
    dist[source] = 0
    for _ in range(n - 1):
        changed = False
        for u, v, w in edges:
            if dist[u] + w < dist[v]:
                dist[v] = dist[u] + w
                changed = True
        if not changed:
            break
    return [-1 if x == INF else x for x in dist]
