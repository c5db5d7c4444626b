def is_palindrome_list(head, val, nxt):
    # Reads the values in node-number order instead of following the pointers.
    return head == -1 or val == val[::-1]
