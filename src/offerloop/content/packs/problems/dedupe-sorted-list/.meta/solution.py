def dedupe_sorted(head, val, nxt):
    nxt = list(nxt)
    cur = head
    while cur != -1:
        after = nxt[cur]
        if after != -1 and val[after] == val[cur]:
            nxt[cur] = nxt[after]
            nxt[after] = -1
        else:
            cur = after
    return nxt
