def count_components(n, edges):
    """The number of connected components of the undirected graph on nodes 0..n-1."""
    raise NotImplementedError
