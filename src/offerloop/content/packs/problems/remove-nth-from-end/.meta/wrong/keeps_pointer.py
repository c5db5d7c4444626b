def remove_kth_from_end(head, nxt, k):
    nxt = list(nxt)
    lead = head
    for _ in range(k):
        lead = nxt[lead]
    if lead == -1:
        return [nxt[head], nxt]  # the removed head keeps pointing into the list
    trail = head
    while nxt[lead] != -1:
        lead = nxt[lead]
        trail = nxt[trail]
    gone = nxt[trail]
    nxt[trail] = nxt[gone]
    return [head, nxt]  # the removed node's entry is not reset
