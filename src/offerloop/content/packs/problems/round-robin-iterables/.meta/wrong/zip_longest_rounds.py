from itertools import zip_longest

_GAP = object()


def roundrobin(*iterables):
    # reads a whole round before yielding its first item
    for group in zip_longest(*iterables, fillvalue=_GAP):
        for item in group:
            if item is not _GAP:
                yield item
