def count_bits(n):
    bits = [0] * (n + 1)
    for i in range(1, n + 1):
        bits[i] = bits[i - 1] + 1 if i & 1 else bits[i - 1]   # carries are not that simple
    return bits
