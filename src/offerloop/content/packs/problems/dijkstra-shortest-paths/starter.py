def shortest_paths(n, edges, source):
    """Shortest distance from source to every node (-1 when unreachable); edges are [u, v, w], w >= 0."""
    raise NotImplementedError
