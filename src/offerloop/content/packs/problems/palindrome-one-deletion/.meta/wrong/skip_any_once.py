def almost_palindrome(s):
    # Skips one character at the first mismatch and keeps going, choosing the side greedily.
    i, j, used = 0, len(s) - 1, False
    while i < j:
        if s[i] == s[j]:
            i += 1
            j -= 1
        elif used:
            return False
        else:
            used = True
            if s[i + 1] == s[j]:
                i += 1
            else:
                j -= 1
    return True
