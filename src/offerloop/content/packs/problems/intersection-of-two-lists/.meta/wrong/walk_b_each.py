def first_shared_node(head_a, head_b, nxt):
    # For every node of A, walk all of B: O(n m).
    p = head_a
    while p != -1:
        q = head_b
        while q != -1:
            if q == p:
                return p
            q = nxt[q]
        p = nxt[p]
    return -1
