def is_palindrome_list(head, val, nxt):
    def node_at(k):
        cur = head
        for _ in range(k):
            cur = nxt[cur]
        return cur

    n, cur = 0, head
    while cur != -1:
        n += 1
        cur = nxt[cur]
    for k in range(n // 2):  # walks from the head again for every k: O(n^2)
        if val[node_at(k)] != val[node_at(n - 1 - k)]:
            return False
    return True
