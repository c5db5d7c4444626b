def middle_node(head, nxt):
    slow = fast = head
    while nxt[fast] != -1 and nxt[nxt[fast]] != -1:  # stops one step early on even lengths
        slow = nxt[slow]
        fast = nxt[nxt[fast]]
    return slow
