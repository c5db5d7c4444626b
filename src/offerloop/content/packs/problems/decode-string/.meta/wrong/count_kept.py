def expand(s):
    stack, piece, k = [], [], 0
    for ch in s:
        if ch.isdigit():
            k = 10 * k + int(ch)
        elif ch == "[":
            stack.append((piece, k))
            piece = []  # the count is not reset: a nested count gets the outer digits in front
        elif ch == "]":
            before, count = stack.pop()
            before.append("".join(piece) * count)
            piece = before
        else:
            piece.append(ch)
    return "".join(piece)
