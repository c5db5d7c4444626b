def middle_node(head, nxt):
    slow = fast = head
    while fast != -1 and nxt[fast] != -1:
        slow = nxt[slow]
        fast = nxt[nxt[fast]]
    return slow
