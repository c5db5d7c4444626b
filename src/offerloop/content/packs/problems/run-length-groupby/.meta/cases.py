from offerloop.judge.cases import driver

# Every driver gets this helper: call something and describe what happened as plain data.
_PRE = """
def _try(f, *a, **k):
    try:
        return ["ok", f(*a, **k)]
    except Exception as e:
        return ["raised", type(e).__name__]
"""


def _d(body, name, params=None):
    return driver(_PRE + body, name=name, params=params)


def visible():
    return [
        _d("""
def drive(ns):
    return [ns["rle_encode"]("aaabccddddd"), ns["rle_decode"]([("x", 2), ("y", 1), ("x", 2)]),
            _try(ns["rle_decode"], [("a", 0)])]
""", "encode, decode, reject a zero count", params={"texts": ["aaabccddddd"], "pairs": [[["x", 2], ["y", 1], ["x", 2]]], "bad_pairs": [[["a", 0]]]}),
    ]


def _fixed_hidden():
    return [
        _d("""
def drive(ns):
    enc, dec = ns["rle_encode"], ns["rle_decode"]
    return [enc(""), dec([]), enc("z"), enc("abab"), enc("q" * 25), dec(enc("q" * 25)) == "q" * 25]
""", "empty, single, alternating, a long run", params={"texts": ["", "z", "abab", "qqqqqqqqqqqqqqqqqqqqqqqqq"], "pairs": [[]], "bad_pairs": []}),
        _d("""
def drive(ns):
    dec = ns["rle_decode"]
    bad = [[("ab", 1)], [("", 2)], [(1, 2)], [("a", -1)], [("a", True)], [("a", 1.0)], [("a", 2), ("b", 0)]]
    return [_try(dec, b) for b in bad] + [dec(iter([("a", 1), ("a", 1)]))]
""", "decode validates every pair", params={"texts": [], "pairs": [[["a", 1], ["a", 1]]], "bad_pairs": [[["ab", 1]], [["", 2]], [[1, 2]], [["a", -1]], [["a", True]], [["a", 1.0]], [["a", 2], ["b", 0]]]}),
        _d("""
def drive(ns):
    enc = ns["rle_encode"]
    return [enc("aAaa  b"), enc("1112222"), enc("\\n\\n\\t")]
""", "case, spaces, digits", params={"texts": ["aAaa  b", "1112222", "\n\n\t"], "pairs": [], "bad_pairs": []}),
    ]


def hidden(rng):
    # The fixed cases, plus cases drawn afresh for every submission: inputs that leak from one
    # run say nothing certain about the next.
    return _fixed_hidden() + _generated(rng)


def _generated(rng):
    runs = [("abc"[int(c)], int(n)) for c, n in zip(rng.integers(0, 3, size=12), rng.integers(1, 14, size=12))]
    text = "".join(c * n for c, n in runs)
    return [_d(f"""
def drive(ns):
    enc, dec = ns["rle_encode"], ns["rle_decode"]
    text = {text!r}
    pairs = enc(text)
    return [pairs, dec(pairs) == text, dec({runs!r}) == text]
""", "generated runs", params={"texts": [text], "pairs": [[list(r) for r in runs]], "bad_pairs": []})]


def _valid(pair):
    char, count = pair
    return type(char) is str and len(char) == 1 and type(count) is int and count >= 1


def check_case(args, kwargs):
    """The prompt's promise: encode gets a string; decode gets (char, count >= 1) pairs (bad ones only to see ValueError)."""
    assert all(type(t) is str for t in args["texts"]), "rle_encode gets strings"
    assert all(all(_valid(p) for p in pairs) for pairs in args["pairs"]), "valid pairs are a character and a count >= 1"
    assert all(not all(_valid(p) for p in pairs) for pairs in args["bad_pairs"]), "each ValueError list holds a bad pair"
