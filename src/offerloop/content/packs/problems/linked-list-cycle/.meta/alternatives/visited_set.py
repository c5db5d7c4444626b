def has_cycle(head, nxt):
    seen = set()
    while head != -1:
        if head in seen:
            return True
        seen.add(head)
        head = nxt[head]
    return False
