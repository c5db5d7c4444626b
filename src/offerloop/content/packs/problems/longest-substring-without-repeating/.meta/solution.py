def length_of_longest_substring(s):
    last, start, best = {}, 0, 0
    for i, ch in enumerate(s):
        j = last.get(ch)
        if j is not None and j >= start:
            start = j + 1
        last[ch] = i
        if i - start + 1 > best:
            best = i - start + 1
    return best
