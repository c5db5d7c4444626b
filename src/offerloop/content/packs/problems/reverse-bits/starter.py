def reverse_bits(x):
    """The 32-bit reversal of the unsigned 32-bit integer x."""
    raise NotImplementedError
