def middle_node(head, nxt):
    # Takes the middle node number of the table, as if nodes were numbered in list order.
    return len(nxt) // 2
