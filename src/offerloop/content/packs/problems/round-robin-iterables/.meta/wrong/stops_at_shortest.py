def roundrobin(*iterables):
    for group in zip(*iterables):   # ends when the shortest iterable ends
        yield from group
