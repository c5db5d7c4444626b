def remove_value(head, val, nxt, target):
    # Collect the list, relink the kept nodes in order, reset the removed ones.
    nxt = list(nxt)
    order = []
    cur = head
    while cur != -1:
        order.append(cur)
        cur = nxt[cur]
    kept = [x for x in order if val[x] != target]
    for x in order:
        if val[x] == target:
            nxt[x] = -1
    for a, b in zip(kept, kept[1:]):
        nxt[a] = b
    if kept:
        nxt[kept[-1]] = -1
    return [kept[0] if kept else -1, nxt]
