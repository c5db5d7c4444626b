from itertools import groupby


def rle_encode(text):
    runs, prev, n = [], None, 0
    for ch in text:
        if ch == prev:
            n += 1
        else:
            if prev is not None:
                runs.append((prev, n))
            prev, n = ch, 1
    return runs   # the final run is never appended


def rle_decode(pairs):
    pairs = list(pairs)
    for char, count in pairs:
        if not isinstance(char, str) or len(char) != 1:
            raise ValueError(f"not a single character: {char!r}")
        if type(count) is not int or count < 1:
            raise ValueError(f"not a positive count: {count!r}")
    return "".join(char * count for char, count in pairs)
