def plus_one(digits):
    # Converts to an int and back: quadratic, and refused beyond 4,300 digits.
    return [int(ch) for ch in str(int("".join(map(str, digits))) + 1)]
