def rotate_right(head, nxt, k):
    # Moves the last node to the front k % n times: O(n * (k % n)).
    nxt = list(nxt)
    if head == -1:
        return [-1, nxt]
    n, cur = 0, head
    while cur != -1:
        n += 1
        cur = nxt[cur]
    for _ in range(k % n):
        prev, last = -1, head
        while nxt[last] != -1:
            prev, last = last, nxt[last]
        if prev == -1:
            break
        nxt[prev] = -1
        nxt[last] = head
        head = last
    return [head, nxt]
