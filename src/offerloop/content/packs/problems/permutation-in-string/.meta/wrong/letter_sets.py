def contains_anagram(pattern, text):
    # Compares the sets of letters: ignores how many times each appears.
    m = len(pattern)
    want = set(pattern)
    return any(set(text[i:i + m]) == want for i in range(len(text) - m + 1))
