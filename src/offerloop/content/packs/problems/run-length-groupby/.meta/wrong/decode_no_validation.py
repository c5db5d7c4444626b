from itertools import groupby


def rle_encode(text):
    return [(char, sum(1 for _ in group)) for char, group in groupby(text)]


def rle_decode(pairs):
    return "".join(char * count for char, count in pairs)
