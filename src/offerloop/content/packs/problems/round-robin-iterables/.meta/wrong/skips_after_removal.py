def roundrobin(*iterables):
    its = [iter(it) for it in iterables]
    while its:
        i = 0
        while i < len(its):
            try:
                yield next(its[i])
            except StopIteration:
                del its[i]   # the next iterator slides into position i ...
            i += 1           # ... and is skipped this round
