import math


def init_scale(shape, scheme):
    # Reads shape[0] as fan_in (the TensorFlow dense layout).
    r = math.prod(shape[2:])
    fan_in, fan_out = shape[0] * r, shape[1] * r
    table = {"xavier_uniform": 6 / (fan_in + fan_out), "xavier_normal": 2 / (fan_in + fan_out),
             "he_uniform": 6 / fan_in, "he_normal": 2 / fan_in, "lecun_normal": 1 / fan_in}
    return math.sqrt(table[scheme])
