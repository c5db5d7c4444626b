def valid_tree(n, edges):
    # Only counts the links.
    return len(edges) == n - 1
