def check_wildcard_brackets(s):
    depth = 0
    for ch in s:   # every * dropped
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth < 0:
                return False
    return depth == 0
