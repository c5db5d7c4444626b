def odd_even_list(head, nxt):
    # O(n) memory: list the nodes, then relink odd positions followed by even ones.
    nxt = list(nxt)
    order = []
    cur = head
    while cur != -1:
        order.append(cur)
        cur = nxt[cur]
    new = order[0::2] + order[1::2]
    for a, b in zip(new, new[1:]):
        nxt[a] = b
    if new:
        nxt[new[-1]] = -1
    return nxt
