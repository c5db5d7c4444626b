def rotate_right(head, nxt, k):
    nxt = list(nxt)
    if head == -1 or k == 0:
        return [head, nxt]
    n, tail = 1, head
    while nxt[tail] != -1:
        tail = nxt[tail]
        n += 1
    r = min(k, n - 1)  # caps k instead of reducing it modulo n
    new_tail = head
    for _ in range(n - r - 1):
        new_tail = nxt[new_tail]
    new_head = nxt[new_tail]
    nxt[tail] = head
    nxt[new_tail] = -1
    return [new_head, nxt]
