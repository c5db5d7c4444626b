def plus_one(digits):
    out = list(digits)
    i = len(out) - 1
    while i >= 0 and out[i] == 9:
        out[i] = 0  # 9 + 1 = 10: write 0, carry 1 to the left
        i -= 1
    if i < 0:
        return [1] + out
    out[i] += 1
    return out
