def palindrome_partitions(s):
    # Off by one: a piece may never run to the end of the string unless it is one letter.
    out = []

    def walk(i, pieces):
        if i == len(s):
            out.append(pieces)
            return
        for j in range(i + 1, len(s)):
            piece = s[i:j]
            if piece == piece[::-1]:
                walk(j, pieces + [piece])
        if i == len(s) - 1:
            walk(len(s), pieces + [s[i]])

    walk(0, [])
    return out
