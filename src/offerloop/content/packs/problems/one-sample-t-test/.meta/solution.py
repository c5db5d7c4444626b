import math

import numpy as np


def _cf(a, b, x):
    # Continued fraction for the incomplete beta function, evaluated with the modified Lentz method.
    tiny, eps = 1e-300, 1e-15
    c, d = 1.0, 1.0 - (a + b) * x / (a + 1.0)
    d = 1.0 / (d if abs(d) > tiny else tiny)
    h = d
    for m in range(1, 1000):
        m2 = 2 * m
        for num in (m * (b - m) * x / ((a + m2 - 1) * (a + m2)), -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1))):
            d = 1.0 + num * d
            d = 1.0 / (d if abs(d) > tiny else tiny)
            c = 1.0 + num / c
            c = c if abs(c) > tiny else tiny
            h *= d * c
        if abs(d * c - 1.0) < eps:
            break
    return h


def betainc(a, b, x):
    """Regularised incomplete beta I_x(a, b)."""
    if x <= 0.0:
        return 0.0
    if x >= 1.0:
        return 1.0
    front = math.exp(math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log1p(-x))
    if x < (a + 1.0) / (a + b + 2.0):
        return front * _cf(a, b, x) / a
    return 1.0 - front * _cf(b, a, 1.0 - x) / b  # the symmetry I_x(a, b) = 1 - I_{1-x}(b, a)


def one_sample_t_test(sample, mu0):
    x = np.asarray(sample, dtype=float)
    n = len(x)
    t = float((x.mean() - mu0) / (x.std(ddof=1) / math.sqrt(n)))
    df = n - 1
    # Two-sided tail of Student's t: P(|T| >= |t|) = I_{df / (df + t^2)}(df / 2, 1 / 2).
    p = betainc(df / 2.0, 0.5, df / (df + t * t))
    return t, float(p)
