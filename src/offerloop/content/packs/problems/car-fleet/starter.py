def count_convoys(target, position, speed):
    """Number of convoys that reach mile target when trucks may not overtake."""
    raise NotImplementedError
