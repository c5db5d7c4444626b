import heapq


def shortest_paths(n, edges, source):
    # Marks a node done when it is first pushed, so a later, cheaper route is never taken.
    adj = [[] for _ in range(n)]
    for u, v, w in edges:
        adj[u].append((v, w))
    dist = [-1] * n
    dist[source] = 0
    heap = [(0, source)]
    while heap:
        d, u = heapq.heappop(heap)
        for v, w in adj[u]:
            if dist[v] == -1:
                dist[v] = d + w
                heapq.heappush(heap, (dist[v], v))
    return dist
