def reverse_k_group(head, nxt, k):
    # O(n) memory: list the nodes, reverse the full groups in the list, re-link.
    nxt = list(nxt)
    order = []
    cur = head
    while cur != -1:
        order.append(cur)
        cur = nxt[cur]
    full = len(order) - len(order) % k
    for g in range(0, full, k):
        order[g:g + k] = order[g:g + k][::-1]
    for a, b in zip(order, order[1:]):
        nxt[a] = b
    if order:
        nxt[order[-1]] = -1
    return [order[0] if order else -1, nxt]
