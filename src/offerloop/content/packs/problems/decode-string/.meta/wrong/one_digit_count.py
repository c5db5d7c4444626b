def expand(s):
    stack, piece, k = [], [], 0
    for ch in s:
        if ch.isdigit():
            k = int(ch)  # forgets earlier digits of a multi-digit count
        elif ch == "[":
            stack.append((piece, k))
            piece, k = [], 0
        elif ch == "]":
            before, count = stack.pop()
            before.append("".join(piece) * count)
            piece = before
        else:
            piece.append(ch)
    return "".join(piece)
