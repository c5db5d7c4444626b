PUNCTUATION = ".,!?;:\"'()"


def word_index(docs):
    # Removes punctuation everywhere, so "don't" becomes "dont".
    def norm(t):
        return "".join(ch for ch in t if ch not in PUNCTUATION).lower()

    words = {d: {w for w in map(norm, text.split()) if w} for d, text in docs.items()}
    vocab = {w for ws in words.values() for w in ws}
    return {w: sorted(d for d, ws in words.items() if w in ws) for w in vocab}
