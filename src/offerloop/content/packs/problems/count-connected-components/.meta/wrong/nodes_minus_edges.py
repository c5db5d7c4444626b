def count_components(n, edges):
    # Assumes every link joins two different components.
    return n - len(edges)
