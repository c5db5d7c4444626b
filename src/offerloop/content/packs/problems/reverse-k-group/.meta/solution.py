def reverse_k_group(head, nxt, k):
    nxt = list(nxt)
    new_head = head
    prev_tail = -1  # tail of the last reversed group
    start = head
    while True:
        probe, count = start, 0
        while probe != -1 and count < k:
            probe = nxt[probe]
            count += 1
        if count < k:
            break
        after = probe  # first node past the group
        prev, cur = after, start
        for _ in range(k):
            following = nxt[cur]
            nxt[cur] = prev
            prev, cur = cur, following
        if prev_tail == -1:
            new_head = prev
        else:
            nxt[prev_tail] = prev
        prev_tail = start
        start = after
    return [new_head, nxt]
