def is_anagram(s, t):
    # Compares the sets of letters and ignores how often each occurs.
    return set(s) == set(t)
