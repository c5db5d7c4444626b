import math


def wilson_interval(successes, n, z=1.959963984540054):
    p = successes / n
    denom = 1 + z * z / n
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return p - half, p + half  # Wilson's width around the raw estimate
