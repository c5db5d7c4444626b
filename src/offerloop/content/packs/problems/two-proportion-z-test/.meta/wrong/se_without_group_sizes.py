import math


def two_proportion_z_test(successes_a, n_a, successes_b, n_b):
    p = (successes_a + successes_b) / (n_a + n_b)
    if p in (0.0, 1.0):
        return 0.0, 1.0
    # Uses the total sample size once instead of 1/n_a + 1/n_b.
    z = (successes_b / n_b - successes_a / n_a) / math.sqrt(p * (1 - p) / (n_a + n_b))
    return z, math.erfc(abs(z) / math.sqrt(2))
