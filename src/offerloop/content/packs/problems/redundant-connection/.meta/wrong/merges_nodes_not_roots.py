def redundant_connection(edges):
    # Merges the two machines themselves instead of their roots.
    parent = list(range(len(edges)))

    def find(x):
        seen = 0
        while parent[x] != x and seen <= len(parent):
            x = parent[x]
            seen += 1
        return x

    for a, b in edges:
        if find(a) == find(b):
            return [a, b]
        parent[a] = b
    return []
