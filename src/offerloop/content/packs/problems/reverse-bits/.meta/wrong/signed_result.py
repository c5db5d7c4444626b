def reverse_bits(x):
    out = 0
    for _ in range(32):
        out = (out << 1) | (x & 1)
        x >>= 1
    return out - (1 << 32) if out >> 31 else out   # reads the result as a signed 32-bit int
