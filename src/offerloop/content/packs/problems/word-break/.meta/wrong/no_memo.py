def word_break(s, words):
    # Plain recursion: right answers, exponential time on repetitive strings.
    if not s:
        return True
    return any(s.startswith(w) and word_break(s[len(w):], words) for w in words)
