# Written differently: index-based loops without itertools, decode with repeat-and-join per pair.
def rle_encode(text):
    out = []
    i = 0
    while i < len(text):
        j = i
        while j < len(text) and text[j] == text[i]:
            j += 1
        out.append((text[i], j - i))
        i = j
    return out


def rle_decode(pairs):
    parts = []
    for pair in pairs:
        char, count = pair
        if type(char) is not str or len(char) != 1 or type(count) is not int or count <= 0:
            raise ValueError(f"bad pair {pair!r}")
        parts.append(char * count)
    return "".join(parts)
