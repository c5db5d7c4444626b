from collections import deque


def shortest_path(graph, start, goal):
    # Correct, but the visited list makes every membership test O(V).
    if start == goal:
        return 0
    seen = [start]
    queue = deque([(start, 0)])
    while queue:
        u, d = queue.popleft()
        for v in graph[u]:
            if v == goal:
                return d + 1
            if v not in seen:
                seen.append(v)
                queue.append((v, d + 1))
    return -1
