import math


def diff_proportion_ci(successes_a, n_a, successes_b, n_b, z=1.959963984540054):
    pa, pb = successes_a / n_a, successes_b / n_b
    se = math.sqrt((pa * (1 - pa) + pb * (1 - pb)) / (n_a + n_b))  # one n for both groups
    return pb - pa, pb - pa - z * se, pb - pa + z * se
