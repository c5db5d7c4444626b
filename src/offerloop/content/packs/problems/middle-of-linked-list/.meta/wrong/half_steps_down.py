def middle_node(head, nxt):
    n, cur = 0, head
    while cur != -1:
        n += 1
        cur = nxt[cur]
    cur = head
    for _ in range((n - 1) // 2):  # rounds down: the first middle for even lengths
        cur = nxt[cur]
    return cur
