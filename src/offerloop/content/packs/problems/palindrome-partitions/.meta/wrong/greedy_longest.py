def palindrome_partitions(s):
    # One partition per first piece: after the first cut it always takes the longest palindrome.
    out = []
    for j in range(1, len(s) + 1):
        first = s[:j]
        if first != first[::-1]:
            continue
        pieces, i = [first], j
        while i < len(s):
            k = max(k for k in range(i + 1, len(s) + 1) if s[i:k] == s[i:k][::-1])
            pieces.append(s[i:k])
            i = k
        out.append(pieces)
    return out
