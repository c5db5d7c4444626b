def init_scale(shape, scheme):
    """Bound (uniform schemes) or std (normal schemes) for a PyTorch-layout weight of this shape."""
    raise NotImplementedError
