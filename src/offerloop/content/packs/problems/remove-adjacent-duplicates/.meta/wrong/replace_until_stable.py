def collapse_pairs(s):
    # Rescans the whole string after every round: O(n^2) when it collapses from the middle.
    while True:
        t = s
        for ch in "abcdefghijklmnopqrstuvwxyz":
            t = t.replace(ch + ch, "")
        if t == s:
            return s
        s = t
