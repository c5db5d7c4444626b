def palindrome_partitions(s):
    # Tests only the first and last letter of a piece: "abca" passes as a palindrome.
    out = []

    def walk(i, pieces):
        if i == len(s):
            out.append(pieces)
            return
        for j in range(i + 1, len(s) + 1):
            if s[i] == s[j - 1]:
                walk(j, pieces + [s[i:j]])

    walk(0, [])
    return out
