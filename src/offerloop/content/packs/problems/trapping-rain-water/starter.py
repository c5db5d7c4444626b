def trap(height):
    """Units of rain water held between the bars of the elevation map height."""
    raise NotImplementedError
