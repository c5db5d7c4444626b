def contains_anagram(pattern, text):
    m = len(pattern)
    key = sorted(pattern)
    return any(sorted(text[i:i + m]) == key for i in range(len(text) - m + 1))  # O(n m log m)
