def first_shared_node(head_a, head_b, nxt):
    # Walks both lists in step without equalizing lengths.
    p, q = head_a, head_b
    while p != -1 and q != -1:
        if p == q:
            return p
        p, q = nxt[p], nxt[q]
    return -1
