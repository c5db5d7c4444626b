def reverse_list(head, nxt):
    # Walks from the tail back, finding each predecessor by scanning the original table: O(n^2).
    original = list(nxt)
    nxt = list(nxt)
    if head == -1:
        return [-1, nxt]
    tail = head
    while nxt[tail] != -1:
        tail = nxt[tail]
    cur = tail
    while cur != head:
        prev = original.index(cur)
        nxt[cur] = prev
        cur = prev
    nxt[head] = -1
    return [tail, nxt]
