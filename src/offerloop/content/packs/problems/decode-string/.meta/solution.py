def expand(s):
    stack = []
    piece = []
    k = 0
    for ch in s:
        if ch.isdigit():
            k = 10 * k + int(ch)
        elif ch == "[":
            stack.append((piece, k))
            piece, k = [], 0
        elif ch == "]":
            before, count = stack.pop()
            body = "".join(piece)
            before.append(body * count)
            piece = before
        else:
            piece.append(ch)
    return "".join(piece)
