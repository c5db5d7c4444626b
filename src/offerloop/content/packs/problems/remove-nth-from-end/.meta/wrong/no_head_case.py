def remove_kth_from_end(head, nxt, k):
    nxt = list(nxt)
    lead = head
    for _ in range(k):
        lead = nxt[lead]
        if lead == -1:
            lead = head  # mishandles removing the head: removes the second node instead
            break
    trail = head
    while lead != -1 and nxt[lead] != -1:
        lead = nxt[lead]
        trail = nxt[trail]
    gone = nxt[trail]
    if gone == -1:
        return [head, nxt]
    nxt[trail] = nxt[gone]
    nxt[gone] = -1
    return [head, nxt]
