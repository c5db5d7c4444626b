import math


def wilson_interval(successes, n, z=1.959963984540054):
    p = successes / n
    half = z * math.sqrt(p * (1 - p) / n)  # the Wald interval
    return p - half, p + half
