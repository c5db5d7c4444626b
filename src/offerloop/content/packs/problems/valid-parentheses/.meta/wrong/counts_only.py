def is_balanced(s):
    # Counts each kind separately: misses crossed pairs like "([)]".
    for o, c in ("()", "[]", "{}"):
        depth = 0
        for ch in s:
            if ch == o:
                depth += 1
            elif ch == c:
                depth -= 1
                if depth < 0:
                    return False
        if depth:
            return False
    return True
