def reorder_list(head, nxt):
    # Detach the current tail and splice it after the front node, walking to the tail each time: O(n^2).
    nxt = list(nxt)
    front = head
    while front != -1 and nxt[front] != -1 and nxt[nxt[front]] != -1:
        before, tail = front, nxt[front]
        while nxt[tail] != -1:
            before, tail = tail, nxt[tail]
        nxt[before] = -1
        nxt[tail] = nxt[front]
        nxt[front] = tail
        front = nxt[tail]
    return nxt
