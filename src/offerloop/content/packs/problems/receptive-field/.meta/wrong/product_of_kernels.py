def receptive_field(layers):
    # Multiplies the kernel sizes.
    r = 1
    for k, _ in layers:
        r *= k
    return r
