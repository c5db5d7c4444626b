def remove_value(head, val, nxt, target):
    # Finds each removed node's predecessor by walking from the head: O(n^2).
    nxt = list(nxt)
    while head != -1 and val[head] == target:
        following = nxt[head]
        nxt[head] = -1
        head = following
    cur = head
    while cur != -1:
        after = nxt[cur]
        if val[cur] == target:
            prev = head
            while nxt[prev] != cur:
                prev = nxt[prev]
            nxt[prev] = after
            nxt[cur] = -1
        cur = after
    return [head, nxt]
