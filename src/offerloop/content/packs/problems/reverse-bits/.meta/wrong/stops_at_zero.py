def reverse_bits(x):
    out = 0
    while x:   # stops early: the leading zeros never become trailing zeros
        out = (out << 1) | (x & 1)
        x >>= 1
    return out
