def first_shared_node(head_a, head_b, nxt):
    seen = set()
    while head_a != -1:
        seen.add(head_a)
        head_a = nxt[head_a]
    while head_b != -1:
        if head_b in seen:
            return head_b
        head_b = nxt[head_b]
    return -1
