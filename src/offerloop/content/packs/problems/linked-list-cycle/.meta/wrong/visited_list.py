def has_cycle(head, nxt):
    seen = []
    cur = head
    while cur != -1:
        if cur in seen:  # a list: O(n) per step
            return True
        seen.append(cur)
        cur = nxt[cur]
    return False
