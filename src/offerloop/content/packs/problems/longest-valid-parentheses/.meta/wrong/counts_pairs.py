def longest_valid_parentheses(s):
    # Counts all matched pairs in the string, even when they are not contiguous.
    opened = pairs = 0
    for ch in s:
        if ch == "(":
            opened += 1
        elif opened:
            opened -= 1
            pairs += 1
    return 2 * pairs
