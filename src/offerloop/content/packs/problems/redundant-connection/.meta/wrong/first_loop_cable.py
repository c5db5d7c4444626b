def redundant_connection(edges):
    # Finds the loop but returns the loop cable that appears first in the list.
    adj = {}
    for i, (a, b) in enumerate(edges):
        adj.setdefault(a, []).append((b, i))
        adj.setdefault(b, []).append((a, i))
    # Strip leaves until only the loop is left.
    degree = {v: len(adj[v]) for v in adj}
    leaves = [v for v in adj if degree[v] == 1]
    removed = set()
    while leaves:
        v = leaves.pop()
        removed.add(v)
        for m, _ in adj[v]:
            if m not in removed:
                degree[m] -= 1
                if degree[m] == 1:
                    leaves.append(m)
    loop = [i for i, (a, b) in enumerate(edges) if a not in removed and b not in removed]
    return edges[min(loop)]
