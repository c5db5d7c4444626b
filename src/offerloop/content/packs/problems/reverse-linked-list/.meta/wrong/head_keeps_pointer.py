def reverse_list(head, nxt):
    nxt = list(nxt)
    if head == -1:
        return [-1, nxt]
    prev, cur = head, nxt[head]  # the old head keeps pointing at the second node
    while cur != -1:
        after = nxt[cur]
        nxt[cur] = prev
        prev, cur = cur, after
    return [prev, nxt]
