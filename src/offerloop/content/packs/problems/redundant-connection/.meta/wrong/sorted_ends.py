def redundant_connection(edges):
    # Finds the right cable but returns its ends sorted, not as written.
    parent = list(range(len(edges)))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in edges:
        ra, rb = find(a), find(b)
        if ra == rb:
            return sorted([a, b])
        parent[ra] = rb
    return []
