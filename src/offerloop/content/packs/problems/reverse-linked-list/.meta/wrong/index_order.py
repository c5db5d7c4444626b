def reverse_list(head, nxt):
    # Assumes the list is the nodes in number order, and relinks the whole table.
    n = len(nxt)
    if head == -1:
        return [-1, list(nxt)]
    out = [i - 1 for i in range(n)]
    return [n - 1, out]
