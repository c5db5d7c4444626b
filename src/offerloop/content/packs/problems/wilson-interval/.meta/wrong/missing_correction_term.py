import math


def wilson_interval(successes, n, z=1.959963984540054):
    p = successes / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n) / denom  # drops z^2 / (4 n^2)
    return centre - half, centre + half
