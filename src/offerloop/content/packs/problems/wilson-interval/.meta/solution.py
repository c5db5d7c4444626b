import math


def wilson_interval(successes, n, z=1.959963984540054):
    p = successes / n
    denom = 1.0 + z * z / n
    centre = (p + z * z / (2.0 * n)) / denom
    half = z * math.sqrt(p * (1.0 - p) / n + z * z / (4.0 * n * n)) / denom
    return float(centre - half), float(centre + half)
