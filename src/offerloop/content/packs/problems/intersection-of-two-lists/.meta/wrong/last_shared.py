def first_shared_node(head_a, head_b, nxt):
    # Compares the tails: right about whether they meet, wrong about where.
    def tail(h):
        while h != -1 and nxt[h] != -1:
            h = nxt[h]
        return h

    ta, tb = tail(head_a), tail(head_b)
    return ta if ta == tb else -1
