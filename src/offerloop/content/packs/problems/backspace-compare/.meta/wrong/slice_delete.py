def same_after_backspaces(a, b):
    def typed(s):
        # Deletes in place by rebuilding the string at every backspace: O(n^2).
        i = 0
        while i < len(s):
            if s[i] == "#":
                if i > 0:
                    s = s[:i - 1] + s[i + 1:]
                    i -= 1
                else:
                    s = s[1:]
            else:
                i += 1
        return s

    return typed(a) == typed(b)
