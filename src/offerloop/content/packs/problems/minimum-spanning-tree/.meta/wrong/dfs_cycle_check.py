def mst_weight(n, edges):
    # Correct, but checks for a cycle with a DFS over the tree built so far: O(E V).
    adj = [[] for _ in range(n)]
    total, used = 0, 0
    for u, v, w in sorted(edges, key=lambda e: e[2]):
        seen, stack = {u}, [u]
        while stack:
            x = stack.pop()
            for y in adj[x]:
                if y not in seen:
                    seen.add(y)
                    stack.append(y)
        if v in seen:
            continue
        adj[u].append(v)
        adj[v].append(u)
        total += w
        used += 1
    return total if used == n - 1 else -1
