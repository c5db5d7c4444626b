def has_cycle(head, nxt):
    # Counts steps, but one too few: a chain through every node needs len(nxt) steps.
    cur, steps = head, 0
    while cur != -1:
        if steps == len(nxt) - 1:
            return True
        cur = nxt[cur]
        steps += 1
    return False
