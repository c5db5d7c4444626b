import math


def diff_proportion_ci(successes_a, n_a, successes_b, n_b, z=1.959963984540054):
    pa, pb = successes_a / n_a, successes_b / n_b
    se = math.sqrt(pa * (1 - pa) / n_a + pb * (1 - pb) / n_b)
    d = pa - pb  # the lift the wrong way round
    return d, d - z * se, d + z * se
