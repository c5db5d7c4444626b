def plus_one(digits):
    # Adds one to the last digit and stops: 9 becomes 10 in one slot.
    return digits[:-1] + [digits[-1] + 1]
