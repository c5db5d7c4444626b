def remove_kth_from_end(head, nxt, k):
    nxt = list(nxt)
    lead = head
    for _ in range(k):
        lead = nxt[lead]
    if lead == -1:  # the head is the k-th from the end
        new_head = nxt[head]
        nxt[head] = -1
        return [new_head, nxt]
    trail = head
    while nxt[lead] != -1:
        lead = nxt[lead]
        trail = nxt[trail]
    gone = nxt[trail]
    nxt[trail] = nxt[gone]
    nxt[gone] = -1
    return [head, nxt]
