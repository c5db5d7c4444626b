def length_of_longest_substring(s):
    # Starts an empty window at every repeat, losing the characters after the earlier copy.
    best, seen = 0, set()
    for ch in s:
        if ch in seen:
            seen = set()
        seen.add(ch)
        best = max(best, len(seen))
    return best
