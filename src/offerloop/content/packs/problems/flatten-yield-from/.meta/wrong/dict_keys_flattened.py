def flatten(items):
    for item in items:
        if isinstance(item, (str, bytes)):
            yield item
            continue
        try:
            inner = iter(item)   # a dict is iterated: its keys come out
        except TypeError:
            yield item
        else:
            yield from flatten(inner)
