def almost_palindrome(s):
    # Letter counts say whether some rearrangement is a palindrome, not this string.
    odd = sum(1 for c in set(s) if s.count(c) % 2)
    return odd <= 2
