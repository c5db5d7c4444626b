def count_prefixes(words, prefixes):
    # Correct, but compares every prefix with every word.
    return [sum(1 for w in words if w.startswith(p)) for p in prefixes]
