def invert(mapping):
    index = {}
    for key, values in mapping.items():
        for value in values:
            index.setdefault(value, [])
            if key not in index[value]:
                index[value].append(key)   # in the order the keys come, not sorted
    return {value: index[value] for value in sorted(index)}
