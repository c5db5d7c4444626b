def valid_tree(n, edges):
    """True if the undirected graph on nodes 0..n-1 is connected and has no cycle."""
    raise NotImplementedError
