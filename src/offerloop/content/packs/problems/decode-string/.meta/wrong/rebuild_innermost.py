def expand(s):
    # Expands the first innermost marker and rebuilds the whole string, until none is left: O(n * markers).
    while "[" in s:
        close = s.index("]")
        open_ = s.rindex("[", 0, close)
        start = open_
        while start > 0 and s[start - 1].isdigit():
            start -= 1
        k = int(s[start:open_])
        s = s[:start] + s[open_ + 1:close] * k + s[close + 1:]
    return s
