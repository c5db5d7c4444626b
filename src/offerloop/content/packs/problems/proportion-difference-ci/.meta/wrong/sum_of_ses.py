import math


def diff_proportion_ci(successes_a, n_a, successes_b, n_b, z=1.959963984540054):
    pa, pb = successes_a / n_a, successes_b / n_b
    # Adds standard errors instead of variances: too wide.
    se = math.sqrt(pa * (1 - pa) / n_a) + math.sqrt(pb * (1 - pb) / n_b)
    return pb - pa, pb - pa - z * se, pb - pa + z * se
