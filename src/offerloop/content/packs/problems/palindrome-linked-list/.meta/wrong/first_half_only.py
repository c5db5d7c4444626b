def is_palindrome_list(head, val, nxt):
    values = []
    cur = head
    while cur != -1:
        values.append(val[cur])
        cur = nxt[cur]
    n = len(values)
    # compares the first half with itself shifted, off by one
    return all(values[i] == values[n - i - 2] for i in range(n // 2)) if n > 1 else True
