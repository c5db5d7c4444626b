def reverse_k_group(head, nxt, k):
    # Rebuilds the order by walking from the head for every position: O(n^2).
    nxt = list(nxt)

    def node_at(pos):
        cur = head
        for _ in range(pos):
            cur = nxt_orig[cur]
        return cur

    nxt_orig = list(nxt)
    n, cur = 0, head
    while cur != -1:
        n += 1
        cur = nxt_orig[cur]
    order = []
    for g in range(0, n - n % k, k):
        order.extend(node_at(p) for p in range(g + k - 1, g - 1, -1))
    order.extend(node_at(p) for p in range(n - n % k, n))
    for a, b in zip(order, order[1:]):
        nxt[a] = b
    if order:
        nxt[order[-1]] = -1
    return [order[0] if order else -1, nxt]
