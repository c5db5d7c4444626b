def add_digit_lists(a, b):
    # Builds Python ints digit by digit and back: quadratic in the number of digits.
    def to_int(digits):
        value = 0
        for d in reversed(digits):
            value = value * 10 + d
        return value

    total = to_int(a) + to_int(b)
    if total == 0:
        return [0]
    out = []
    while total:
        total, d = divmod(total, 10)
        out.append(d)
    return out
