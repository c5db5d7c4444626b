def reverse_k_group(head, nxt, k):
    # Also reverses the final short group.
    nxt = list(nxt)
    new_head, prev_tail, start = head, -1, head
    while start != -1:
        prev, cur, count = -1, start, 0
        while cur != -1 and count < k:
            following = nxt[cur]
            nxt[cur] = prev
            prev, cur = cur, following
            count += 1
        nxt[start] = cur
        if prev_tail == -1:
            new_head = prev
        else:
            nxt[prev_tail] = prev
        prev_tail, start = start, cur
    return [new_head, nxt]
