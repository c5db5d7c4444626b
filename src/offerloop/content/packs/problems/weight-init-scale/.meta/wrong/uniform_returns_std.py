import math


def init_scale(shape, scheme):
    # Returns the standard deviation for the uniform schemes too.
    r = math.prod(shape[2:])
    fan_in, fan_out = shape[1] * r, shape[0] * r
    table = {"xavier_uniform": 2 / (fan_in + fan_out), "xavier_normal": 2 / (fan_in + fan_out),
             "he_uniform": 2 / fan_in, "he_normal": 2 / fan_in, "lecun_normal": 1 / fan_in}
    return math.sqrt(table[scheme])
