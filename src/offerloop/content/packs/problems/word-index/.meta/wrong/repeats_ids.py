PUNCTUATION = ".,!?;:\"'()"


def word_index(docs):
    index = {}
    for doc_id in sorted(docs):
        for t in docs[doc_id].split():
            w = t.strip(PUNCTUATION).lower()
            if w:
                index.setdefault(w, []).append(doc_id)   # a repeated word lists the id twice
    return index
