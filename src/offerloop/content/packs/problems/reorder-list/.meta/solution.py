def reorder_list(head, nxt):
    nxt = list(nxt)
    order = []
    cur = head
    while cur != -1:
        order.append(cur)
        cur = nxt[cur]
    i, j = 0, len(order) - 1
    woven = []
    while i <= j:
        woven.append(order[i])
        if i != j:
            woven.append(order[j])
        i += 1
        j -= 1
    for a, b in zip(woven, woven[1:]):
        nxt[a] = b
    if woven:
        nxt[woven[-1]] = -1
    return nxt
