import re

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
    I = ns["Interval"]
    a = I.parse("3-7")
    merged = ns["merge_intervals"]([I(5, 8), I(1, 3), I(3, 4), I(2, 2)])
    return [a.length, a.overlaps(I(7, 9)), repr(a._replace(end=10)), [repr(m) for m in merged]]
""", "parse, overlap, replace, merge", params={"intervals": [[3, 7], [7, 9], [3, 10], [5, 8], [1, 3], [3, 4], [2, 2]]}),
    ]


def _fixed_hidden():
    return [
        _d("""
def drive(ns):
    I = ns["Interval"]
    iv = I(3, 7)
    start, end = iv
    return [iv == (3, 7), isinstance(iv, tuple), list(iv._fields), iv._asdict(), [start, end],
            _try(setattr, iv, "start", 1)[0], [list(x) for x in sorted([I(2, 9), I(1, 5), I(2, 3)])], hash(iv) == hash((3, 7))]
""", "a real named tuple", params={"intervals": [[3, 7], [2, 9], [1, 5], [2, 3]]}),
        _d("""
def drive(ns):
    I = ns["Interval"]
    pairs = [(I(1, 3), I(3, 5)), (I(1, 4), I(3, 5)), (I(1, 10), I(4, 5)), (I(4, 4), I(1, 9)), (I(0, 1), I(0, 1)),
             (I(5, 6), I(1, 2))]
    return [[a.overlaps(b), b.overlaps(a)] for a, b in pairs]
""", "half-open overlap", params={"intervals": [[1, 3], [3, 5], [1, 4], [1, 10], [4, 5], [4, 4], [1, 9], [0, 1], [5, 6], [1, 2]]}),
        _d("""
def drive(ns):
    P = ns["Interval"].parse
    bad = ["", "3", "3-", "-3", "7-3", "3--7", "a-b", "3-7-9", " 3-7", "3 - 7", "x3-7", "-1-4", "3.0-4"]
    return [_try(lambda t: list(P(t)), t) for t in bad] + [list(P("0-0")), list(P("007-10"))]
""", "parse is strict", params={"intervals": [[0, 0], [7, 10]], "bad_texts": ["", "3", "3-", "-3", "7-3", "3--7", "a-b", "3-7-9", " 3-7", "3 - 7", "x3-7", "-1-4", "3.0-4"]}),
        _d("""
def drive(ns):
    I, m = ns["Interval"], ns["merge_intervals"]
    return [[list(x) for x in m([])], [list(x) for x in m([I(1, 10), I(2, 3), I(4, 12)])],
            [list(x) for x in m([I(5, 5), I(6, 6)])], [list(x) for x in m([I(0, 2), I(2, 4), I(4, 6), I(7, 8)])],
            all(type(x) is I for x in m([I(1, 2), I(0, 1)]))]
""", "merging nested, touching and empty intervals", params={"intervals": [[1, 10], [2, 3], [4, 12], [5, 5], [6, 6], [0, 2], [2, 4], [4, 6], [7, 8], [1, 2], [0, 1]]}),
    ]


def hidden(rng):
    # The fixed cases, plus cases drawn afresh for every submission: inputs that leak from one
    # run say nothing certain about the next.
    return _fixed_hidden() + _generated(rng)


def _generated(rng):
    n = int(rng.integers(3, 12))
    starts = [int(v) for v in rng.integers(0, 40, size=n)]
    ivs = [[s, s + int(w)] for s, w in zip(starts, rng.integers(0, 8, size=n))]
    return [_d(f"""
def drive(ns):
    I = ns["Interval"]
    ivs = [I(*p) for p in {ivs!r}]
    texts = ["%d-%d" % tuple(p) for p in {ivs!r}]
    return [[list(x) for x in ns["merge_intervals"](ivs)], [[a.overlaps(b) for b in ivs] for a in ivs],
            [I.parse(t).length for t in texts]]
""", "generated intervals", params={"intervals": ivs})]


def check_case(args, kwargs):
    """The prompt's promise: int fields with start <= end in every test; parse's bad texts are really malformed."""
    for start, end in args["intervals"]:
        assert type(start) is int and type(end) is int and start <= end, f"[{start}, {end}): int fields, start <= end"
    good = re.compile(r"([0-9]+)-([0-9]+)")
    for text in args.get("bad_texts", []):
        m = good.fullmatch(text)
        assert m is None or int(m[1]) > int(m[2]), f"{text!r} is meant to raise ValueError"
