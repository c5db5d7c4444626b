def flatten(items):
    for item in items:
        if isinstance(item, (list, tuple)):   # generators, sets and ranges stay whole
            yield from flatten(item)
        else:
            yield item
