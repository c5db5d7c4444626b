def is_palindrome_list(head, val, nxt):
    # O(1) extra memory: find the middle, reverse the second half in a copy of the table, compare.
    nxt = list(nxt)
    slow = fast = head
    while fast != -1 and nxt[fast] != -1:
        slow = nxt[slow]
        fast = nxt[nxt[fast]]
    prev, cur = -1, slow
    while cur != -1:
        after = nxt[cur]
        nxt[cur] = prev
        prev, cur = cur, after
    left, right = head, prev
    while right != -1:
        if val[left] != val[right]:
            return False
        left, right = nxt[left], nxt[right]
    return True
