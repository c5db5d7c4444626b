def plus_one(digits):
    # Carries correctly but forgets the extra leading 1 when every digit is 9.
    out = list(digits)
    i = len(out) - 1
    while i >= 0 and out[i] == 9:
        out[i] = 0
        i -= 1
    if i >= 0:
        out[i] += 1
    return out
