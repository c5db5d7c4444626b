import math


def init_scale(shape, scheme):
    # Forgets He's factor 2 for ReLU.
    r = math.prod(shape[2:])
    fan_in, fan_out = shape[1] * r, shape[0] * r
    table = {"xavier_uniform": 6 / (fan_in + fan_out), "xavier_normal": 2 / (fan_in + fan_out),
             "he_uniform": 3 / fan_in, "he_normal": 1 / fan_in, "lecun_normal": 1 / fan_in}
    return math.sqrt(table[scheme])
