from offerloop.judge.cases import driver

# Every driver gets this helper: call something and describe what happened as plain data.
_PRE = """
def _try(f, *a, **k):
    try:
        return ["ok", f(*a, **k)]
    except Exception as e:
        return ["raised", type(e).__name__]
"""


def _d(body, name):
    return driver(_PRE + body, name=name)


def visible():
    return [
        _d("""
def drive(ns):
    I = ns["Interval"]
    a = I.parse("3-7")
    merged = ns["merge_intervals"]([I(5, 8), I(1, 3), I(3, 4), I(2, 2)])
    return [a.length, a.overlaps(I(7, 9)), repr(a._replace(end=10)), [repr(m) for m in merged]]
""", "parse, overlap, replace, merge"),
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
""", "a real named tuple"),
        _d("""
def drive(ns):
    I = ns["Interval"]
    pairs = [(I(1, 3), I(3, 5)), (I(1, 4), I(3, 5)), (I(1, 10), I(4, 5)), (I(4, 4), I(1, 9)), (I(0, 1), I(0, 1)),
             (I(5, 6), I(1, 2))]
    return [[a.overlaps(b), b.overlaps(a)] for a, b in pairs]
""", "half-open overlap"),
        _d("""
def drive(ns):
    P = ns["Interval"].parse
    bad = ["", "3", "3-", "-3", "7-3", "3--7", "a-b", "3-7-9", " 3-7", "3 - 7", "x3-7", "-1-4", "3.0-4"]
    return [_try(lambda t: list(P(t)), t) for t in bad] + [list(P("0-0")), list(P("007-10"))]
""", "parse is strict"),
        _d("""
def drive(ns):
    I, m = ns["Interval"], ns["merge_intervals"]
    return [[list(x) for x in m([])], [list(x) for x in m([I(1, 10), I(2, 3), I(4, 12)])],
            [list(x) for x in m([I(5, 5), I(6, 6)])], [list(x) for x in m([I(0, 2), I(2, 4), I(4, 6), I(7, 8)])],
            all(type(x) is I for x in m([I(1, 2), I(0, 1)]))]
""", "merging nested, touching and empty intervals"),
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
""", "generated intervals")]
