def odd_even_list(head, nxt):
    # Splits by node number parity instead of list position.
    nxt = list(nxt)
    order = []
    cur = head
    while cur != -1:
        order.append(cur)
        cur = nxt[cur]
    new = [x for x in order if x % 2 == 0] + [x for x in order if x % 2 == 1]
    if new and new[0] != head:
        new = [x for x in order if x % 2 == 1] + [x for x in order if x % 2 == 0]
    for a, b in zip(new, new[1:]):
        nxt[a] = b
    if new:
        nxt[new[-1]] = -1
    return nxt
