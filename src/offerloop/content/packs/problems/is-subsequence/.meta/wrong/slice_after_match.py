def is_subsequence(s, t):
    for ch in s:
        k = t.find(ch)
        if k < 0:
            return False
        t = t[k + 1:]  # copies the rest of t after every match: O(n m)
    return True
