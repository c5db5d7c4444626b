def first_shared_node(head_a, head_b, nxt):
    p, q = head_a, head_b
    while p != q:
        p = nxt[p] if p != -1 else head_b
        q = nxt[q] if q != -1 else head_a
    return p
