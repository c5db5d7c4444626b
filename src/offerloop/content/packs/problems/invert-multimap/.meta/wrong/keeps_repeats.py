from collections import defaultdict


def invert(mapping):
    index = defaultdict(list)
    for key, values in mapping.items():
        for value in values:
            index[value].append(key)   # "bob" twice when his list repeats a value
    return {value: sorted(keys) for value, keys in sorted(index.items())}
