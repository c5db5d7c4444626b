def invert(mapping):
    # the one-to-one idiom: the last key seen wins
    return dict(sorted({v: [k] for k, vs in mapping.items() for v in vs}.items()))
