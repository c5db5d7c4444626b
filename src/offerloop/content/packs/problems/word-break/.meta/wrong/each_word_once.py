def word_break(s, words):
    # Forgets that a word may be reused.
    def go(rest, left):
        if not rest:
            return True
        return any(rest.startswith(w) and go(rest[len(w):], left - {w}) for w in left)
    return go(s, frozenset(words))
