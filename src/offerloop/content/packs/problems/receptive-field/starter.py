def receptive_field(layers):
    """Receptive field (in input pixels) of one unit after [kernel, stride] layers applied in order."""
    raise NotImplementedError
