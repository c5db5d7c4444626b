def min_cost_climb(cost):
    """Least total cost to get past the last step, starting on step 0 or 1, moving up 1 or 2."""
    raise NotImplementedError
