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
    def volume(l, w, h):
        return l * w * h

    v = ns["curry"](volume, 3)
    base = v(2, 5)
    return [v(2)(3)(4), v(2, 3)(4), [base(1), base(10)], _try(v, 1, 2, 3, 4)]
""", "one or several arguments per call", params={"arities": [3], "chunks": [[[2], [3], [4]], [[2, 3], [4]], [[2, 5], [1]], [[2, 5], [10]]], "too_many": [[1, 2, 3, 4]]}),
    ]


def _fixed_hidden():
    return [
        _d("""
def drive(ns):
    c = ns["curry"]
    made = lambda a: callable(c(print, a))
    return [_try(made, 0), _try(made, -1), _try(made, True), _try(made, 2.0), _try(made, 1)]
""", "arity is validated", params={"arities": [1], "chunks": [], "invalid_arities": [0, -1, True, 2.0]}),
        _d("""
def drive(ns):
    c = ns["curry"]
    join = c(lambda *parts: "-".join(parts), 4)
    ab = join("a", "b")
    out = [ab("c", "d"), ab("x")("y"), ab("c")("z"), join("1")("2", "3")("4"), join("p", "q", "r", "s")]
    return out + [_try(ab), _try(ab, "c", "d", "e"), _try(join("a")("b")("c"), "d", "e")]
""", "intermediates are independent and reusable", params={"arities": [4], "chunks": [[["a", "b"], ["c", "d"]], [["a", "b"], ["x"], ["y"]], [["1"], ["2", "3"], ["4"]], [["p", "q", "r", "s"]]], "too_many": [["c", "d", "e"]], "empty_call": True}),
        _d("""
def drive(ns):
    c = ns["curry"]
    neg = c(lambda x: -x, 1)
    pair = c(lambda a, b: [a, b], 2)
    return [neg(5), _try(neg), _try(neg, 1, 2), pair(None)(0), pair([1], [2])]
""", "arity one and falsy arguments", params={"arities": [1, 2], "chunks": [[[5]], [[None], [0]], [[[1], [2]]]], "too_many": [[1, 2]], "empty_call": True}),
    ]


def hidden(rng):
    # The fixed cases, plus cases drawn afresh for every submission: inputs that leak from one
    # run say nothing certain about the next.
    return _fixed_hidden() + _generated(rng)


def _generated(rng):
    arity = int(rng.integers(2, 7))
    args = [int(v) for v in rng.integers(-9, 10, size=arity)]
    # Split the arguments into random consecutive chunks.
    cuts = sorted(int(v) for v in rng.choice(range(1, arity), size=int(rng.integers(0, arity)), replace=False))
    chunks = [args[a:b] for a, b in zip([0] + cuts, cuts + [arity])]
    return [_d(f"""
def drive(ns):
    f = ns["curry"](lambda *xs: [sum(xs), list(xs)], {arity})
    step = f
    for chunk in {chunks!r}:
        step = step(*chunk)
    first = ns["curry"](lambda *xs: list(xs), {arity})({args[0]})
    return [step, first(*{args[1:]!r}), first(*[x + 1 for x in {args[1:]!r}])]
""", "generated chunks", params={"arities": [arity], "chunks": [chunks], "too_many": []})]


def check_case(args, kwargs):
    """The prompt's promise: arity is an int >= 1 (anything else only to see ValueError); each call gets one or more arguments."""
    assert all(type(a) is int and a >= 1 for a in args["arities"]), "arities are ints >= 1"
    assert all(type(a) is not int or a < 1 for a in args.get("invalid_arities", [])), "the ValueError arities are invalid"
    for chunks in args["chunks"]:
        assert all(len(c) >= 1 for c in chunks), f"{chunks!r}: every call gives at least one argument"
        assert sum(len(c) for c in chunks) in args["arities"], f"{chunks!r}: the calls give exactly arity arguments"
    assert all(len(t) >= 2 for t in args.get("too_many", [])), "a TypeError call gives more than are missing"
