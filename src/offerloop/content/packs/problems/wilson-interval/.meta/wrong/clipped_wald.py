import math


def wilson_interval(successes, n, z=1.959963984540054):
    p = successes / n
    half = z * math.sqrt(p * (1 - p) / n)
    return max(0.0, p - half), min(1.0, p + half)  # clipping does not fix the width
