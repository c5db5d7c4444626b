def is_interleaving(a, b, c):
    if len(c) != len(a) + len(b):
        return False
    i = j = 0
    for ch in c:
        if i < len(a) and a[i] == ch:   # prefers a whenever it matches
            i += 1
        elif j < len(b) and b[j] == ch:
            j += 1
        else:
            return False
    return True
