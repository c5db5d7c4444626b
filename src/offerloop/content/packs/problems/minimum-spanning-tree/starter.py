def mst_weight(n, edges):
    """Total weight of a minimum spanning tree of the undirected graph, or -1 if it is disconnected."""
    raise NotImplementedError
