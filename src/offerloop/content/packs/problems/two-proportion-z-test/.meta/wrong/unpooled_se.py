import math


def two_proportion_z_test(successes_a, n_a, successes_b, n_b):
    pa, pb = successes_a / n_a, successes_b / n_b
    # The confidence-interval standard error, not the one under H0.
    se = math.sqrt(pa * (1 - pa) / n_a + pb * (1 - pb) / n_b)
    if se == 0:
        return 0.0, 1.0
    z = (pb - pa) / se
    return z, math.erfc(abs(z) / math.sqrt(2))
