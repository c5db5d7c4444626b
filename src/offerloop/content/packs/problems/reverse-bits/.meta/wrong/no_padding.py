def reverse_bits(x):
    return int(bin(x)[2:][::-1], 2)   # reverses the significant bits only
