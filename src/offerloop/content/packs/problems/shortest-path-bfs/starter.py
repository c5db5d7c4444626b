def shortest_path(graph, start, goal):
    """Fewest edges from start to goal in a directed adjacency list, 0 if equal, -1 if unreachable."""
    raise NotImplementedError
