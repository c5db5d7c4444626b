def add_digit_lists(a, b):
    out, carry = [], 0
    for x, y in zip(a, b):  # stops at the shorter list
        total = x + y + carry
        out.append(total % 10)
        carry = total // 10
    if carry:
        out.append(carry)
    return out
