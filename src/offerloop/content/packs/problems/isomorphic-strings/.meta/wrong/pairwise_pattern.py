def is_isomorphic(s, t):
    # Correct, but compares the equality pattern of every pair of positions: quadratic.
    if len(s) != len(t):
        return False
    for i in range(len(s)):
        for j in range(i):
            if (s[i] == s[j]) != (t[i] == t[j]):
                return False
    return True
