def contains_anagram(pattern, text):
    m = len(pattern)
    if m > len(text):
        return False
    need = [0] * 26
    have = [0] * 26
    for ch in pattern:
        need[ord(ch) - 97] += 1
    for ch in text[:m]:
        have[ord(ch) - 97] += 1
    matches = sum(1 for a, b in zip(need, have) if a == b)
    if matches == 26:
        return True
    for i in range(m, len(text)):
        for idx, delta in ((ord(text[i]) - 97, 1), (ord(text[i - m]) - 97, -1)):
            if have[idx] == need[idx]:
                matches -= 1
            have[idx] += delta
            if have[idx] == need[idx]:
                matches += 1
        if matches == 26:
            return True
    return False
