def length_of_longest_substring(s):
    # Counts the distinct characters of the whole string.
    return len(set(s))
