PUNCTUATION = ".,!?;:\"'()"


def word_index(docs):
    words = {doc_id: {w for w in (t.strip(PUNCTUATION).lower() for t in text.split()) if w}
             for doc_id, text in docs.items()}
    vocab = {w for ws in words.values() for w in ws}
    return {w: sorted(d for d, ws in words.items() if w in ws) for w in vocab}
