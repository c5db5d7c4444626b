def reverse_k_group(head, nxt, k):
    # Stops when exactly k nodes remain instead of reversing them.
    nxt = list(nxt)
    new_head, prev_tail, start = head, -1, head
    while True:
        probe, count = start, 0
        while probe != -1 and count <= k:
            probe = nxt[probe]
            count += 1
        if count <= k:
            break
        after, cur, prev = start, start, -1
        for _ in range(k):
            after = nxt[after]
        prev = after
        for _ in range(k):
            following = nxt[cur]
            nxt[cur] = prev
            prev, cur = cur, following
        if prev_tail == -1:
            new_head = prev
        else:
            nxt[prev_tail] = prev
        prev_tail, start = start, after
    return [new_head, nxt]
