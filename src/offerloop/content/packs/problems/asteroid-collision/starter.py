def survivors(sizes):
    """Rocks left after all collisions (sign = direction, abs = mass), left to right."""
    raise NotImplementedError
