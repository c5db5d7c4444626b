def good_nodes(root):
    """How many nodes are at least as large as every value above them on their root path."""
    raise NotImplementedError
