def flatten(items):
    for item in items:
        if isinstance(item, (str, dict)):   # bytes are split into ints
            yield item
            continue
        try:
            inner = iter(item)
        except TypeError:
            yield item
        else:
            yield from flatten(inner)
