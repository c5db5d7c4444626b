from collections import deque


def shortest_path(graph, start, goal):
    if start == goal:
        return 0
    dist = {start: 0}
    queue = deque([start])
    while queue:
        u = queue.popleft()
        for v in graph[u]:
            if v not in dist:
                dist[v] = dist[u] + 1
                if v == goal:
                    return dist[v]
                queue.append(v)
    return -1
