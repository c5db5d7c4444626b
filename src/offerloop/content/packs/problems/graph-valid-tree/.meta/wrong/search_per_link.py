def valid_tree(n, edges):
    # Correct, but runs a fresh search before adding each link to see whether it closes a cycle.
    if len(edges) != n - 1:
        return False
    adj = [[] for _ in range(n)]
    for a, b in edges:
        seen, stack = {a}, [a]
        while stack:
            for m in adj[stack.pop()]:
                if m not in seen:
                    seen.add(m)
                    stack.append(m)
        if b in seen:
            return False
        adj[a].append(b)
        adj[b].append(a)
    return True
