import math


def init_scale(shape, scheme):
    receptive = 1
    for s in shape[2:]:
        receptive *= s
    fan_in, fan_out = shape[1] * receptive, shape[0] * receptive
    if scheme == "xavier_uniform":
        return math.sqrt(6.0 / (fan_in + fan_out))
    if scheme == "xavier_normal":
        return math.sqrt(2.0 / (fan_in + fan_out))
    if scheme == "he_uniform":
        return math.sqrt(6.0 / fan_in)
    if scheme == "he_normal":
        return math.sqrt(2.0 / fan_in)
    if scheme == "lecun_normal":
        return math.sqrt(1.0 / fan_in)
    raise ValueError(f"unknown scheme {scheme!r}")
