def shortest_path(graph, start, goal):
    # Depth-first search returns the first path it finds, not the shortest.
    seen = {start}
    stack = [(start, 0)]
    while stack:
        u, d = stack.pop()
        if u == goal:
            return d
        for v in graph[u]:
            if v not in seen:
                seen.add(v)
                stack.append((v, d + 1))
    return -1
