def remove_kth_from_end(head, nxt, k):
    # Removes the k-th node from the front.
    nxt = list(nxt)
    if k == 1:
        new_head = nxt[head]
        nxt[head] = -1
        return [new_head, nxt]
    prev = head
    for _ in range(k - 2):
        prev = nxt[prev]
    gone = nxt[prev]
    nxt[prev] = nxt[gone]
    nxt[gone] = -1
    return [head, nxt]
