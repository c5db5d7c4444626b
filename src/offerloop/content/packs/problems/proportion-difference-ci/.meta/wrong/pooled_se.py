import math


def diff_proportion_ci(successes_a, n_a, successes_b, n_b, z=1.959963984540054):
    pa, pb = successes_a / n_a, successes_b / n_b
    p = (successes_a + successes_b) / (n_a + n_b)
    se = math.sqrt(p * (1 - p) * (1 / n_a + 1 / n_b))  # the test's pooled error
    return pb - pa, pb - pa - z * se, pb - pa + z * se
