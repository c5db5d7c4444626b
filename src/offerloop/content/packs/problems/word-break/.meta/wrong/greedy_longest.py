def word_break(s, words):
    # Always takes the longest word that matches here.
    i = 0
    while i < len(s):
        for w in sorted(words, key=len, reverse=True):
            if s.startswith(w, i):
                i += len(w)
                break
        else:
            return False
    return True
