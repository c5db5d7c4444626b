def is_happy(n):
    # Guesses that five steps are enough.
    for _ in range(5):
        if n == 1:
            return True
        n = sum(int(d) ** 2 for d in str(n))
    return n == 1
