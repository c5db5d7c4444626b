def is_palindrome_list(head, val, nxt):
    # Checks the first and last values only.
    if head == -1:
        return True
    last = head
    while nxt[last] != -1:
        last = nxt[last]
    return val[head] == val[last]
