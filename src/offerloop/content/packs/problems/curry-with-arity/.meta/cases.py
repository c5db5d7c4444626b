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
    def volume(l, w, h):
        return l * w * h

    v = ns["curry"](volume, 3)
    base = v(2, 5)
    return [v(2)(3)(4), v(2, 3)(4), [base(1), base(10)], _try(v, 1, 2, 3, 4)]
""", "one or several arguments per call"),
    ]


def _fixed_hidden():
    return [
        _d("""
def drive(ns):
    c = ns["curry"]
    made = lambda a: callable(c(print, a))
    return [_try(made, 0), _try(made, -1), _try(made, True), _try(made, 2.0), _try(made, 1)]
""", "arity is validated"),
        _d("""
def drive(ns):
    c = ns["curry"]
    join = c(lambda *parts: "-".join(parts), 4)
    ab = join("a", "b")
    out = [ab("c", "d"), ab("x")("y"), ab("c")("z"), join("1")("2", "3")("4"), join("p", "q", "r", "s")]
    return out + [_try(ab), _try(ab, "c", "d", "e"), _try(join("a")("b")("c"), "d", "e")]
""", "intermediates are independent and reusable"),
        _d("""
def drive(ns):
    c = ns["curry"]
    neg = c(lambda x: -x, 1)
    pair = c(lambda a, b: [a, b], 2)
    return [neg(5), _try(neg), _try(neg, 1, 2), pair(None)(0), pair([1], [2])]
""", "arity one and falsy arguments"),
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
""", "generated chunks")]
