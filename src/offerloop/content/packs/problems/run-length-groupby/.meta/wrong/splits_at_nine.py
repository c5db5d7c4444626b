from itertools import groupby


def rle_encode(text):
    out = []
    for char, group in groupby(text):
        n = sum(1 for _ in group)
        while n > 9:   # one digit per run
            out.append((char, 9))
            n -= 9
        out.append((char, n))
    return out


def rle_decode(pairs):
    pairs = list(pairs)
    for char, count in pairs:
        if not isinstance(char, str) or len(char) != 1:
            raise ValueError(f"not a single character: {char!r}")
        if type(count) is not int or count < 1:
            raise ValueError(f"not a positive count: {count!r}")
    return "".join(char * count for char, count in pairs)
