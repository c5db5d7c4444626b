def alien_order(words):
    # Depth-first search with three colours; the reverse finishing order is an alphabet.
    letters = []
    for w in words:
        for ch in w:
            if ch not in letters:
                letters.append(ch)
    before = {ch: [] for ch in letters}  # before[b]: letters that must come before b
    for upper, lower in zip(words, words[1:]):
        k = 0
        while k < len(upper) and k < len(lower) and upper[k] == lower[k]:
            k += 1
        if k < len(upper) and k < len(lower):
            before[lower[k]].append(upper[k])
        elif len(upper) > len(lower):
            return ""
    state, out = {}, []

    def visit(ch):
        if state.get(ch) == 1:
            return False
        if state.get(ch) == 2:
            return True
        state[ch] = 1
        if not all(visit(p) for p in before[ch]):
            return False
        state[ch] = 2
        out.append(ch)
        return True

    for ch in reversed(letters):
        if not visit(ch):
            return ""
    return "".join(out)
