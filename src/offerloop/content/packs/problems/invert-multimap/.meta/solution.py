from collections import defaultdict


def invert(mapping):
    index = defaultdict(set)
    for key, values in mapping.items():
        for value in values:
            index[value].add(key)
    return {value: sorted(keys) for value, keys in sorted(index.items())}
