def contains_anagram(pattern, text):
    # Slides a dict of counts and compares the whole dicts each step (26 keys at most).
    m = len(pattern)
    if m > len(text):
        return False
    need = {}
    for ch in pattern:
        need[ch] = need.get(ch, 0) + 1
    have = {}
    for i, ch in enumerate(text):
        have[ch] = have.get(ch, 0) + 1
        if i >= m:
            old = text[i - m]
            have[old] -= 1
            if have[old] == 0:
                del have[old]
        if i >= m - 1 and have == need:
            return True
    return False
