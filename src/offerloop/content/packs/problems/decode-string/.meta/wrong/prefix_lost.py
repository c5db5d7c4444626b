def expand(s):
    stack, piece, k = [], [], 0
    for ch in s:
        if ch.isdigit():
            k = 10 * k + int(ch)
        elif ch == "[":
            stack.append(k)
            piece, k = [], 0  # the text before the marker is dropped
        elif ch == "]":
            count = stack.pop()
            piece = ["".join(piece) * count]
        else:
            piece.append(ch)
    return "".join(piece)
