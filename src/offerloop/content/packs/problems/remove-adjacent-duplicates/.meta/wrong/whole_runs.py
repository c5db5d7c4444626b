def collapse_pairs(s):
    # Deletes a whole run of equal letters once it reaches two: "aaa" becomes "" instead of "a".
    stack, dropped = [], None
    for ch in s:
        if ch == dropped:
            continue
        dropped = None
        if stack and stack[-1] == ch:
            stack.pop()
            dropped = ch
        else:
            stack.append(ch)
    return "".join(stack)
