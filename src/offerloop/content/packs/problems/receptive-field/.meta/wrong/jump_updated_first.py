def receptive_field(layers):
    # Multiplies the jump by this layer's stride before using it.
    r, j = 1, 1
    for k, s in layers:
        j *= s
        r += (k - 1) * j
    return r
