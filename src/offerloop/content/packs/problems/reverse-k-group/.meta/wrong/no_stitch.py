def reverse_k_group(head, nxt, k):
    nxt = list(nxt)
    new_head, start, first = head, head, True
    while True:
        probe, count = start, 0
        while probe != -1 and count < k:
            probe = nxt[probe]
            count += 1
        if count < k:
            break
        prev, cur = probe, start
        for _ in range(k):
            following = nxt[cur]
            nxt[cur] = prev
            prev, cur = cur, following
        if first:
            new_head, first = prev, False
        # the previous group's tail still points at this group's old first node
        start = probe
    return [new_head, nxt]
