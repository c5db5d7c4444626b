def remove_value(head, val, nxt, target):
    nxt = list(nxt)
    while head != -1 and val[head] == target:
        head = nxt[head]  # the removed node keeps its pointer
    cur = head
    while cur != -1:
        after = nxt[cur]
        if after != -1 and val[after] == target:
            nxt[cur] = nxt[after]  # ... and so does this one
        else:
            cur = after
    return [head, nxt]
