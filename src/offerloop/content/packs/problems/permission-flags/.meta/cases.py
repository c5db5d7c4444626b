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
    P = ns["Permission"]
    p = P.parse("rw-")
    return [p == P.READ | P.WRITE, P.WRITE in p, str(P.from_mode(5)), p.allows(P.READ | P.EXECUTE), P.READ == 4]
""", "parse, combine, format, compare", params={"texts": ["rw-"], "modes": [5], "bad_texts": [], "bad_modes": []}),
    ]


def _fixed_hidden():
    return [
        _d("""
def drive(ns):
    import enum
    P = ns["Permission"]
    return [[m.name for m in P], [m.value for m in P], issubclass(P, enum.Flag), issubclass(P, int),
            bool(P(0)), str(P(0)), P.EXECUTE == 1, P(7) == P.READ | P.WRITE | P.EXECUTE]
""", "a Flag with three members in order", params={"texts": [], "modes": [0, 7], "bad_texts": [], "bad_modes": []}),
        _d("""
def drive(ns):
    P = ns["Permission"]
    bad = ["", "rw", "rwxx", "xwr", "r-r", "RWX", "w--", "--r", " rw", "-w-x"]
    return [_try(lambda t: str(P.parse(t)), t) for t in bad] + [str(P.parse("-w-")), str(P.parse("--x"))]
""", "parse checks every position", params={"texts": ["-w-", "--x"], "modes": [], "bad_texts": ["", "rw", "rwxx", "xwr", "r-r", "RWX", "w--", "--r", " rw", "-w-x"], "bad_modes": []}),
        _d("""
def drive(ns):
    P = ns["Permission"]
    return [[str(P.from_mode(m)) for m in range(8)], _try(P.from_mode, 8)[0], _try(P.from_mode, -1)[0],
            _try(P.from_mode, True)[0], _try(P.from_mode, 5.0)[0], _try(P.from_mode, "5")[0]]
""", "every mode digit", params={"texts": [], "modes": [0, 1, 2, 3, 4, 5, 6, 7], "bad_texts": [], "bad_modes": [8, -1, True, 5.0, "5"]}),
        _d("""
def drive(ns):
    P = ns["Permission"]
    rw, none = P.READ | P.WRITE, P(0)
    return [rw.allows(P.READ), rw.allows(rw), rw.allows(none), none.allows(P.READ), P(7).allows(rw),
            rw.allows(P.EXECUTE), str(rw & P.parse("-wx")), str(rw ^ P(7))]
""", "allows and set operations", params={"texts": ["-wx"], "modes": [7], "bad_texts": [], "bad_modes": []}),
    ]


def hidden(rng):
    # The fixed cases, plus cases drawn afresh for every submission: inputs that leak from one
    # run say nothing certain about the next.
    return _fixed_hidden() + _generated(rng)


def _generated(rng):
    modes = [int(v) for v in rng.integers(0, 8, size=8)]
    return [_d(f"""
def drive(ns):
    P = ns["Permission"]
    ps = [P.from_mode(m) for m in {modes!r}]
    texts = [str(p) for p in ps]
    back = [P.parse(t).value for t in texts]
    pairs = [ps[i].allows(ps[i + 1]) for i in range(7)]
    union = P(0)
    for p in ps:
        union |= p
    return [texts, back, pairs, str(union)]
""", "generated modes", params={"texts": [], "modes": modes, "bad_texts": [], "bad_modes": []})]


_TEXT = re.compile(r"[r-][w-][x-]")


def check_case(args, kwargs):
    """The prompt's promise: parse gets rwx-style text and from_mode an int 0..7; the bad ones really are bad (ValueError)."""
    assert all(_TEXT.fullmatch(t) for t in args["texts"]), "valid texts are three rwx/- characters"
    assert all(not _TEXT.fullmatch(t) for t in args["bad_texts"]), "the ValueError texts are malformed"
    assert all(type(m) is int and 0 <= m <= 7 for m in args["modes"]), "modes are ints 0..7"
    assert all(not (type(m) is int and 0 <= m <= 7) for m in args["bad_modes"]), "the ValueError modes are out of range or not ints"
