def contains_anagram(pattern, text):
    # Checks that text has at least the pattern's letters anywhere, not in one block.
    for ch in set(pattern):
        if text.count(ch) < pattern.count(ch):
            return False
    return True
