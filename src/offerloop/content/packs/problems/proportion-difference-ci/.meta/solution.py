import math


def diff_proportion_ci(successes_a, n_a, successes_b, n_b, z=1.959963984540054):
    pa, pb = successes_a / n_a, successes_b / n_b
    se = math.sqrt(pa * (1 - pa) / n_a + pb * (1 - pb) / n_b)  # unpooled: no equality assumed
    diff = pb - pa
    return float(diff), float(diff - z * se), float(diff + z * se)
