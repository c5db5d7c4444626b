def middle_node(head, nxt):
    # For every node, count the nodes after it and compare with the nodes before it: O(n^2).
    def rest(node):
        k = 0
        while node != -1:
            k += 1
            node = nxt[node]
        return k

    before, cur = 0, head
    while True:
        after = rest(cur) - 1
        if after <= before:
            return cur
        before += 1
        cur = nxt[cur]
