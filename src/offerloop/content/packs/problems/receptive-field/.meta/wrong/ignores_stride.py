def receptive_field(layers):
    # Adds k - 1 per layer, ignoring how strides spread later kernels.
    return 1 + sum(k - 1 for k, _ in layers)
