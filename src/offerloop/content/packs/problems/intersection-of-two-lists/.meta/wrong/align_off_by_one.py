def first_shared_node(head_a, head_b, nxt):
    def length(h):
        n = 0
        while h != -1:
            n += 1
            h = nxt[h]
        return n

    la, lb = length(head_a), length(head_b)
    p, q = head_a, head_b
    for _ in range(la - lb - 1 if la > lb else 0):  # one step short
        p = nxt[p]
    for _ in range(lb - la - 1 if lb > la else 0):
        q = nxt[q]
    while p != q and p != -1 and q != -1:
        p, q = nxt[p], nxt[q]
    return p if p == q else -1
