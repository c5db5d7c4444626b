def reorder_list(head, nxt):
    # Splits around the middle and forgets the middle node of an odd-length list.
    nxt = list(nxt)
    order = []
    cur = head
    while cur != -1:
        order.append(cur)
        cur = nxt[cur]
    n = len(order)
    first, second = order[:(n + 1) // 2], order[(n + 1) // 2:][::-1]
    if n % 2:
        first = first[:-1]
    woven = []
    for k in range(max(len(first), len(second))):
        if k < len(first):
            woven.append(first[k])
        if k < len(second):
            woven.append(second[k])
    if not woven and order:
        woven = order
    for a, b in zip(woven, woven[1:]):
        nxt[a] = b
    if woven:
        nxt[woven[-1]] = -1
    return nxt
