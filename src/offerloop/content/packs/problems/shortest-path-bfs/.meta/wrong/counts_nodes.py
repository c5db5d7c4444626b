from collections import deque


def shortest_path(graph, start, goal):
    dist = {start: 1}   # counts nodes on the path instead of edges
    queue = deque([start])
    while queue:
        u = queue.popleft()
        if u == goal:
            return dist[u]
        for v in graph[u]:
            if v not in dist:
                dist[v] = dist[u] + 1
                queue.append(v)
    return -1
