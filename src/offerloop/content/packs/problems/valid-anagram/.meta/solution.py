def is_anagram(s, t):
    if len(s) != len(t):
        return False
    counts = {}
    for ch in s:
        counts[ch] = counts.get(ch, 0) + 1
    for ch in t:
        left = counts.get(ch, 0) - 1
        if left < 0:
            return False
        counts[ch] = left
    return True
