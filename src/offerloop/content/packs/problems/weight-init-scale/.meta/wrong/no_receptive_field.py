import math


def init_scale(shape, scheme):
    # Ignores the kernel size of convolutions.
    fan_in, fan_out = shape[1], shape[0]
    table = {"xavier_uniform": 6 / (fan_in + fan_out), "xavier_normal": 2 / (fan_in + fan_out),
             "he_uniform": 6 / fan_in, "he_normal": 2 / fan_in, "lecun_normal": 1 / fan_in}
    return math.sqrt(table[scheme])
