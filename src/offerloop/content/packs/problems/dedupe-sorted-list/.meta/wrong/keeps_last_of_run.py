def dedupe_sorted(head, val, nxt):
    # Keeps the last node of each run instead of the first.
    nxt = list(nxt)
    order = []
    cur = head
    while cur != -1:
        order.append(cur)
        cur = nxt[cur]
    kept = [x for i, x in enumerate(order) if i + 1 == len(order) or val[order[i + 1]] != val[x]]
    for x in order:
        if x not in kept:
            nxt[x] = -1
    for a, b in zip(kept, kept[1:]):
        nxt[a] = b
    if kept:
        nxt[kept[-1]] = -1
    return nxt
