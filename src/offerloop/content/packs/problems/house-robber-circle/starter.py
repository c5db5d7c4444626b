def rob_circle(nums):
    """Largest sum over houses on a ring with no two neighbours (first and last are neighbours)."""
    raise NotImplementedError
