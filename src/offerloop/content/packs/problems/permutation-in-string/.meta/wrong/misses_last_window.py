def contains_anagram(pattern, text):
    m = len(pattern)
    if m > len(text):
        return False
    need, have = [0] * 26, [0] * 26
    for ch in pattern:
        need[ord(ch) - 97] += 1
    for ch in text[:m]:
        have[ord(ch) - 97] += 1
    for i in range(m, len(text)):
        if have == need:
            return True
        have[ord(text[i]) - 97] += 1
        have[ord(text[i - m]) - 97] -= 1
    return False  # the window ending at the last letter is never compared
