def longest_palindrome(s):
    best = s[:1]
    for mid in range(len(s)):   # only odd-length palindromes, centred on a letter
        lo = hi = mid
        while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
            lo -= 1
            hi += 1
        if hi - lo - 1 > len(best):
            best = s[lo + 1:hi]
    return best
