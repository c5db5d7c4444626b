def check_wildcard_brackets(s):
    lo = hi = 0
    for ch in s:
        lo += 1 if ch == "(" else -1
        hi += -1 if ch == ")" else 1
        if hi < 0:
            return False
    return lo <= 0 <= hi   # lo may have gone below zero, counting impossible choices
