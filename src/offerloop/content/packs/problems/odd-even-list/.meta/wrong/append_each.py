def odd_even_list(head, nxt):
    # Moves each even-position node to the end by walking to the tail every time: O(n^2).
    nxt = list(nxt)
    if head == -1 or nxt[head] == -1:
        return nxt
    n, cur = 0, head
    while cur != -1:
        n += 1
        cur = nxt[cur]
    prev = head
    for _ in range(n // 2):
        node = nxt[prev]
        nxt[prev] = nxt[node]
        tail = prev
        while nxt[tail] != -1:
            tail = nxt[tail]
        nxt[tail] = node
        nxt[node] = -1
        prev = nxt[prev] if nxt[prev] != node else prev
    return nxt
