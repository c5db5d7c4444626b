def wer(reference, hypothesis):
    """Word-level edit distance between the two whitespace-split strings, divided by the reference word count."""
    raise NotImplementedError
