def first_unique_char(s):
    # Correct, but looks for a twin of every character by scanning the string: quadratic.
    for i in range(len(s)):
        for j in range(len(s)):
            if j != i and s[j] == s[i]:
                break
        else:
            return i
    return -1
