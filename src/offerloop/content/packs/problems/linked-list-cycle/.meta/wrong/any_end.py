def has_cycle(head, nxt):
    # Looks at the whole table instead of the chain from head.
    return head != -1 and -1 not in nxt
