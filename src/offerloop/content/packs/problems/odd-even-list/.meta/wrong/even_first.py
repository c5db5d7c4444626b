def odd_even_list(head, nxt):
    # Keeps the head first, then puts the even positions before the remaining odd ones.
    nxt = list(nxt)
    order = []
    cur = head
    while cur != -1:
        order.append(cur)
        cur = nxt[cur]
    new = order[:1] + order[1::2] + order[2::2]
    for a, b in zip(new, new[1:]):
        nxt[a] = b
    if new:
        nxt[new[-1]] = -1
    return nxt
