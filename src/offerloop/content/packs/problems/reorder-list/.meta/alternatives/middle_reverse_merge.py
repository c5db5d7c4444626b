def reorder_list(head, nxt):
    # O(1) extra memory: cut at the middle, reverse the second half, weave.
    nxt = list(nxt)
    if head == -1:
        return nxt
    slow = fast = head
    while nxt[fast] != -1 and nxt[nxt[fast]] != -1:
        slow = nxt[slow]
        fast = nxt[nxt[fast]]
    second = nxt[slow]
    nxt[slow] = -1
    prev = -1
    while second != -1:
        after = nxt[second]
        nxt[second] = prev
        prev, second = second, after
    a, b = head, prev
    while b != -1:
        a_next, b_next = nxt[a], nxt[b]
        nxt[a] = b
        nxt[b] = a_next
        a, b = a_next, b_next
    return nxt
