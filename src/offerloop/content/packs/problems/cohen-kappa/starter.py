def cohen_kappa(a, b):
    """(p_o - p_e) / (1 - p_e) with p_e from each rater's own label frequencies; 1.0 when p_e = 1."""
    raise NotImplementedError
