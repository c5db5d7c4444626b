def partition_labels(s):
    first = {}
    for i, c in enumerate(s):
        first.setdefault(c, i)
    sizes, start = [], 0
    for i in range(1, len(s) + 1):
        # cuts where the next letter has not been seen before
        if i == len(s) or first[s[i]] == i:
            sizes.append(i - start)
            start = i
    return sizes
