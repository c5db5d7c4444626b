def reverse_list(head, nxt):
    nxt = list(nxt)
    prev, cur = -1, head
    while cur != -1:
        after = nxt[cur]
        nxt[cur] = prev
        prev, cur = cur, after
    return [prev, nxt]
