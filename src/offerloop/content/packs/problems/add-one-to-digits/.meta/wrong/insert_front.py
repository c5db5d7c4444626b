def plus_one(digits):
    # Correct, but builds the answer by inserting at the front of a list: O(n^2).
    out, carry = [], 1
    for d in reversed(digits):
        carry, d = divmod(d + carry, 10)
        out.insert(0, d)
    if carry:
        out.insert(0, 1)
    return out
