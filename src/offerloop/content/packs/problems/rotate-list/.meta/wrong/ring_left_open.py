def rotate_right(head, nxt, k):
    nxt = list(nxt)
    if head == -1:
        return [-1, nxt]
    n, tail = 1, head
    while nxt[tail] != -1:
        tail = nxt[tail]
        n += 1
    r = k % n
    new_tail = head
    for _ in range(n - r - 1):
        new_tail = nxt[new_tail]
    new_head = nxt[new_tail] if r else head
    nxt[tail] = head  # closes the ring even when r == 0 ...
    if r:
        nxt[new_tail] = -1  # ... and only cuts it when r > 0
    return [new_head, nxt]
