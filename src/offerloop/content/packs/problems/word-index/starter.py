PUNCTUATION = ".,!?;:\"'()"


def word_index(docs):
    """Map each normalised word to the sorted ids of the documents that contain it."""
    raise NotImplementedError
