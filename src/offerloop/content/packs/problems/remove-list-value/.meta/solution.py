def remove_value(head, val, nxt, target):
    nxt = list(nxt)
    while head != -1 and val[head] == target:
        following = nxt[head]
        nxt[head] = -1
        head = following
    cur = head
    while cur != -1:
        after = nxt[cur]
        if after != -1 and val[after] == target:
            nxt[cur] = nxt[after]
            nxt[after] = -1
        else:
            cur = after
    return [head, nxt]
