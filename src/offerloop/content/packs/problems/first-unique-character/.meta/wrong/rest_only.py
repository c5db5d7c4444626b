def first_unique_char(s):
    # Only checks the characters to the right, so a repeat that came earlier is missed.
    for i, ch in enumerate(s):
        if ch not in s[i + 1:]:
            return i
    return -1
