def is_palindrome_list(head, val, nxt):
    values = []
    cur = head
    while cur != -1:
        values.append(val[cur])
        cur = nxt[cur]
    return values == values[::-1]
