def longest_common_subsequence(a, b):
    # Matches each character of a at its next occurrence in b.
    count, pos = 0, 0
    for ch in a:
        k = b.find(ch, pos)
        if k >= 0:
            count += 1
            pos = k + 1
    return count
