def wer(reference, hypothesis):
    # Compares words position by position instead of aligning them.
    r, h = reference.split(), hypothesis.split()
    errors = sum(x != y for x, y in zip(r, h)) + abs(len(r) - len(h))
    return errors / len(r)
