import math
from statistics import NormalDist


def sample_size_per_group(p1, p2, alpha=0.05, power=0.8):
    z_a = NormalDist().inv_cdf(1 - alpha / 2)
    z_b = NormalDist().inv_cdf(power)
    pb = (p1 + p2) / 2
    # Uses the pooled variance for the alternative too.
    return math.ceil((z_a + z_b) ** 2 * 2 * pb * (1 - pb) / (p1 - p2) ** 2)
