def collapse_pairs(s):
    # Removes pairs present in the input, but not the ones that form after a removal.
    out, i = [], 0
    while i < len(s):
        if i + 1 < len(s) and s[i] == s[i + 1]:
            i += 2
        else:
            out.append(s[i])
            i += 1
    return "".join(out)
