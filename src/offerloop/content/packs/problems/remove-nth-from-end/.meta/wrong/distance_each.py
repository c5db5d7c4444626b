def remove_kth_from_end(head, nxt, k):
    # For each node, walk to the end to measure its distance: O(n^2).
    nxt = list(nxt)

    def to_end(node):
        d = 0
        while node != -1:
            d += 1
            node = nxt[node]
        return d

    prev, cur = -1, head
    while to_end(cur) != k:
        prev, cur = cur, nxt[cur]
    if prev == -1:
        new_head = nxt[cur]
        nxt[cur] = -1
        return [new_head, nxt]
    nxt[prev] = nxt[cur]
    nxt[cur] = -1
    return [head, nxt]
