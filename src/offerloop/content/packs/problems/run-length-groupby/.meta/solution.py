from itertools import groupby


def rle_encode(text):
    return [(char, sum(1 for _ in group)) for char, group in groupby(text)]


def rle_decode(pairs):
    pairs = list(pairs)
    for char, count in pairs:
        if not isinstance(char, str) or len(char) != 1:
            raise ValueError(f"not a single character: {char!r}")
        if type(count) is not int or count < 1:
            raise ValueError(f"not a positive count: {count!r}")
    return "".join(char * count for char, count in pairs)
