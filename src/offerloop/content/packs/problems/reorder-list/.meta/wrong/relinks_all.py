def reorder_list(head, nxt):
    # Builds a fresh table: nodes off the list lose their pointers.
    order = []
    cur = head
    while cur != -1:
        order.append(cur)
        cur = nxt[cur]
    out = [-1] * len(nxt)
    i, j = 0, len(order) - 1
    woven = []
    while i <= j:
        woven.append(order[i])
        if i != j:
            woven.append(order[j])
        i += 1
        j -= 1
    for a, b in zip(woven, woven[1:]):
        out[a] = b
    return out
