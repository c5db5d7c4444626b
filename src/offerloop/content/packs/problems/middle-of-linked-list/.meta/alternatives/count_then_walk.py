def middle_node(head, nxt):
    # Two passes: count the nodes, then walk n // 2 steps.
    n, cur = 0, head
    while cur != -1:
        n += 1
        cur = nxt[cur]
    cur = head
    for _ in range(n // 2):
        cur = nxt[cur]
    return cur
