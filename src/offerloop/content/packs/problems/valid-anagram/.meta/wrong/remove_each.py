def is_anagram(s, t):
    # Correct, but looks each character up in a shrinking list: quadratic time.
    rest = list(t)
    for ch in s:
        for k in range(len(rest)):
            if rest[k] == ch:
                del rest[k]
                break
        else:
            return False
    return not rest
