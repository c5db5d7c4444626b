def dedupe_sorted(head, val, nxt):
    nxt = list(nxt)
    cur = head
    while cur != -1:
        after = nxt[cur]
        if after != -1 and val[after] == val[cur]:
            nxt[cur] = nxt[after]  # the removed node keeps pointing into the list
        else:
            cur = after
    return nxt
