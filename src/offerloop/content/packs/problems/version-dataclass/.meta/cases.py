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
    V = ns["Version"]
    v = V.parse("1.9.3")
    return [v < V(1, 10), str(v.bump("minor")), [str(x) for x in sorted({V(2), V(1, 5), V(2, 0, 0)})]]
""", "parse, compare, bump, deduplicate", params={"texts": ["1.9.3"], "parts": [[1, 10], [2], [1, 5], [2, 0, 0]], "bumps": ["minor"]}),
    ]


def _fixed_hidden(rng):
    return [
        _d("""
def drive(ns):
    v = ns["Version"](1, 2, 3)
    return [_try(setattr, v, "major", 5), v.major]
""", "frozen", params={"texts": [], "parts": [[1, 2, 3]], "bumps": []}),
        _d("""
def drive(ns):
    V = ns["Version"]
    return [_try(V, -1), _try(V, 1, -2), _try(V, 1, 2, "3"), _try(V, True), _try(V, 1.0)]
""", "validation", params={"texts": [], "parts": [], "bumps": [], "invalid_parts": [[-1], [1, -2], [1, 2, "3"], [True], [1.0]]}),
        _d("""
def drive(ns):
    V = ns["Version"]
    return [_try(V.parse, "1.2"), _try(V.parse, "1.2.3.4"), _try(V.parse, "1.x.3"), _try(V.parse, "1.-2.3"),
            str(V.parse("10.0.07"))]
""", "parse rejects bad text", params={"texts": ["10.0.07"], "parts": [], "bumps": [], "bad_texts": ["1.2", "1.2.3.4", "1.x.3", "1.-2.3"]}),
        _d("""
def drive(ns):
    V = ns["Version"]
    v = V(1, 4, 2)
    return [str(v.bump("major")), str(v.bump("minor")), str(v.bump("patch")), str(v), _try(v.bump, "build")]
""", "bump resets lower parts and leaves the original alone", params={"texts": [], "parts": [[1, 4, 2]], "bumps": ["major", "minor", "patch"], "bad_bumps": ["build"]}),
        _d("""
def drive(ns):
    V = ns["Version"]
    vs = [V.parse(t) for t in ["1.10.0", "1.9.9", "1.2.10", "1.2.9", "0.99.99", "2.0.0"]]
    return [str(x) for x in sorted(vs)] + [V(1) == V(1, 0, 0), hash(V(1)) == hash(V(1, 0, 0)), V(1, 0, 1) >= V(1)]
""", "numeric ordering, equality and hashing", params={"texts": ["1.10.0", "1.9.9", "1.2.10", "1.2.9", "0.99.99", "2.0.0"], "parts": [[1], [1, 0, 0], [1, 0, 1]], "bumps": []}),
    ]


def hidden(rng):
    # The fixed cases, plus cases drawn afresh for every submission: inputs that leak from one
    # run say nothing certain about the next.
    return _fixed_hidden(rng) + _generated(rng)


def _ints(rng, n, lo=-50, hi=50):
    return [int(v) for v in rng.integers(lo, hi, size=n)]


def _generated(rng):
    parts = [[int(v) for v in rng.integers(0, 12, size=3)] for _ in range(5)]
    texts = [".".join(map(str, p)) for p in parts]
    bump = ["major", "minor", "patch"][int(rng.integers(0, 3))]
    return [_d(f"""
def drive(ns):
    V = ns["Version"]
    vs = [V.parse(t) for t in {texts!r}]
    return [[str(v) for v in sorted(vs)], [str(v.bump("{bump}")) for v in vs], vs[0] < vs[1], vs[0] == V(*{parts[0]!r})]
""", "generated versions", params={"texts": texts, "parts": parts, "bumps": [bump]})]


_TEXT = re.compile(r"[0-9]+\.[0-9]+\.[0-9]+")


def _valid(parts):
    return 1 <= len(parts) <= 3 and all(type(p) is int and p >= 0 for p in parts)


def check_case(args, kwargs):
    """The prompt's promise: parts are ints >= 0, text is three dot-separated integers, bump takes major/minor/patch
    (the invalid ones only to see TypeError or ValueError)."""
    assert all(_TEXT.fullmatch(t) for t in args["texts"]), "texts are three dot-separated non-negative integers"
    assert all(_valid(p) for p in args["parts"]), "version parts are ints >= 0"
    assert all(b in ("major", "minor", "patch") for b in args["bumps"]), "bumps name a part"
    assert all(not _valid(p) for p in args.get("invalid_parts", [])), "the invalid parts are invalid"
    assert all(not _TEXT.fullmatch(t) for t in args.get("bad_texts", [])), "the ValueError texts are malformed"
    assert all(b not in ("major", "minor", "patch") for b in args.get("bad_bumps", [])), "the ValueError bump is unknown"
