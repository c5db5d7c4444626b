def has_cycle(head, nxt):
    # Only notices loops that come back to the head.
    cur = head
    for _ in range(len(nxt) + 1):
        if cur == -1:
            return False
        cur = nxt[cur]
        if cur == head:
            return True
    return False
