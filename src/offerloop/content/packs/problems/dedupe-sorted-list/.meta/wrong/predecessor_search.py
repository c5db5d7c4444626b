def dedupe_sorted(head, val, nxt):
    # Finds each duplicate's predecessor by walking from the head: O(n^2).
    nxt = list(nxt)
    cur = nxt[head] if head != -1 else -1
    while cur != -1:
        after = nxt[cur]
        prev = head
        while nxt[prev] != cur:
            prev = nxt[prev]
        if val[prev] == val[cur]:
            nxt[prev] = after
            nxt[cur] = -1
        cur = after
    return nxt
