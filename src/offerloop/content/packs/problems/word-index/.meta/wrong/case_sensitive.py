PUNCTUATION = ".,!?;:\"'()"


def word_index(docs):
    words = {d: {w for w in (t.strip(PUNCTUATION) for t in text.split()) if w} for d, text in docs.items()}
    vocab = {w for ws in words.values() for w in ws}
    return {w: sorted(d for d, ws in words.items() if w in ws) for w in vocab}
