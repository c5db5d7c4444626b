def flatten(items):
    for item in items:
        if isinstance(item, (str, bytes, dict)):
            yield item
            continue
        try:
            inner = iter(item)
        except TypeError:
            yield item
        else:
            yield from flatten(inner)
