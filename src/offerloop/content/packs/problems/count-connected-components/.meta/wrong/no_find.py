def count_components(n, edges):
    # Merges the two nodes themselves instead of their roots.
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            x = parent[x]
        return x

    for a, b in edges:
        parent[a] = b
    return sum(1 for i in range(n) if find(i) == i)
