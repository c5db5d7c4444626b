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


_PARSE = """
    R = ns["Result"]

    def parse(s):
        return R.ok(int(s)) if s.isdigit() else R.err(f"bad: {s}")
"""


def visible():
    return [
        _d("""
def drive(ns):
""" + _PARSE + """
    return [repr(parse("4").map(lambda v: v * 10)), repr(parse("x").map(lambda v: v * 10)),
            repr(parse("4").and_then(lambda v: parse(str(v + 1)))),
            repr(ns["collect"]([parse("1"), parse("a"), parse("b")])), R[int, str].ok(3).unwrap()]
""", "map, and_then, collect, a parameterised alias", params={"tokens": ["4", "x", "1", "a", "b"]}),
    ]


def _fixed_hidden():
    return [
        _d("""
def drive(ns):
    import typing
    R = ns["Result"]
    params = getattr(R, "__parameters__", ())
    return [len(params), all(isinstance(p, typing.TypeVar) for p in params), issubclass(R, typing.Generic),
            typing.get_args(R[int, str]) == (int, str)]
""", "Result is generic in two type variables", params={"tokens": []}),
        _d("""
def drive(ns):
    R = ns["Result"]
    n = R.ok(None)
    return [n.is_ok(), n.is_err(), repr(n), n.unwrap(), repr(n.map(lambda v: [v])), n.unwrap_or(5),
            repr(ns["collect"]([R.ok(None), R.ok(0)]))]
""", "Ok(None) is a success", params={"tokens": []}),
        _d("""
def drive(ns):
    R = ns["Result"]
    calls = []

    def f(v):
        calls.append(v)
        return R.ok(v)

    e = R.err("boom")
    out = [repr(e.map(f)), repr(e.and_then(f)), e.map(f) == e, _try(e.unwrap), e.unwrap_or("d"),
           e.is_err(), e.is_ok()]
    return [out, calls]
""", "an Err never calls f", params={"tokens": []}),
        _d("""
def drive(ns):
    R = ns["Result"]
    return [R.ok(1) == R.ok(1), R.ok(1) == R.err(1), R.err("x") == R.err("x"), R.ok([1]) == R.ok([2]),
            R.ok(1) == 1, repr(R.ok("s")), repr(R.err(ValueError("v")))]
""", "equality and repr", params={"tokens": []}),
        _d("""
def drive(ns):
    R, collect = ns["Result"], ns["collect"]
    seen = []

    def gen():
        for r in [R.ok(1), R.err("first"), R.err("second"), R.ok(4)]:
            seen.append(repr(r))
            yield r

    return [repr(collect([])), repr(collect(gen())), len(seen) <= 4, repr(collect([R.ok(1), R.ok(2)]))]
""", "collect returns the first error", params={"tokens": []}),
    ]


def hidden(rng):
    # The fixed cases, plus cases drawn afresh for every submission: inputs that leak from one
    # run say nothing certain about the next.
    return _fixed_hidden() + _generated(rng)


def _generated(rng):
    tokens = [str(int(v)) if rng.random() < 0.75 else "x" + str(int(v)) for v in rng.integers(0, 50, size=8)]
    return [_d("""
def drive(ns):
""" + _PARSE + f"""
    tokens = {tokens!r}
    rs = [parse(t) for t in tokens]
    chained = [repr(r.map(lambda v: v * 2).and_then(lambda v: R.ok(v + 1) if v < 60 else R.err("big"))) for r in rs]
    return [chained, repr(ns["collect"](rs)), repr(ns["collect"]([r for r in rs if r.is_ok()])),
            [r.unwrap_or(-1) for r in rs]]
""", "generated tokens", params={"tokens": tokens})]


def check_case(args, kwargs):
    """The prompt's promise: any value may be wrapped; the driver's parse gets strings."""
    assert all(type(t) is str for t in args["tokens"]), "tokens are strings"
