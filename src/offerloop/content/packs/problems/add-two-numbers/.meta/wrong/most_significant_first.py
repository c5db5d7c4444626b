def add_digit_lists(a, b):
    # Reads the lists as most significant digit first.
    a, b = a[::-1], b[::-1]
    out, carry = [], 0
    i = 0
    while i < len(a) or i < len(b) or carry:
        total = carry + (a[i] if i < len(a) else 0) + (b[i] if i < len(b) else 0)
        out.append(total % 10)
        carry = total // 10
        i += 1
    return out[::-1]
