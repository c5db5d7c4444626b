from statistics import NormalDist


def sample_size_per_group(p1, p2, alpha=0.05, power=0.8):
    """Users per group for a two-sided two-proportion z-test to detect p1 vs p2; rounded up."""
    raise NotImplementedError
