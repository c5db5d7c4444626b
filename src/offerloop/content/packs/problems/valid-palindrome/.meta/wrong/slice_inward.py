def is_palindrome(s):
    # Correct, but slices the string smaller at every step: each slice copies, so quadratic.
    t = [c.lower() for c in s if c.isalnum()]
    while len(t) > 1:
        if t[0] != t[-1]:
            return False
        t = t[1:-1]
    return True
