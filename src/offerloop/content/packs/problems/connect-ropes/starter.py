def min_join_cost(lengths):
    """The least total cost of splicing all ropes into one, where splicing x and y costs x + y."""
    raise NotImplementedError
