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
    p = ns["pipeline"]
    clean = p(str.strip, str.lower, lambda s: s.replace(" ", "-"))
    return [clean("  Hello World "), p()(42)]
""", "string clean-up and identity", params={"pipelines": [["str.strip", "str.lower", "replace spaces"], []], "non_callables": []}),
    ]


def _fixed_hidden(rng):
    return [
        _d("""
def drive(ns):
    p = ns["pipeline"]
    return [p(lambda x: x + 1, lambda x: x * 10)(2), p(lambda x: x * 10, lambda x: x + 1)(2)]
""", "left to right", params={"pipelines": [["x + 1", "x * 10"], ["x * 10", "x + 1"]], "non_callables": []}),
        _d("""
def drive(ns):
    p = ns["pipeline"]
    return [p(abs)(-3), p(len, str)([1, 2, 3]), p(sorted, tuple)([3, 1, 2])]
""", "built-in functions", params={"pipelines": [["abs"], ["len", "str"], ["sorted", "tuple"]], "non_callables": []}),
        _d("""
def drive(ns):
    p = ns["pipeline"]
    return [_try(p, abs, 5), _try(p, "not callable"), _try(p, None, abs)]
""", "non-callables rejected at build time", params={"pipelines": [], "non_callables": [5, "not callable", None]}),
        _d("""
def drive(ns):
    p = ns["pipeline"]
    steps = [lambda x, k=k: x + k for k in range(100)]
    return [p(*steps)(0), p()([1, 2])]
""", "a hundred steps", params={"pipelines": [["x + k"] * 100, []], "non_callables": []}),
        _d("""
def drive(ns):
    calls = []
    def f(x):
        calls.append(x)
        return x
    g = ns["pipeline"](f, f)
    before = list(calls)
    g(1); g(2)
    return [before, calls]
""", "nothing runs until the pipeline is called", params={"pipelines": [["record", "record"]], "non_callables": []}),
    ]


def hidden(rng):
    # The fixed cases, plus cases drawn afresh for every submission: inputs that leak from one
    # run say nothing certain about the next.
    return _fixed_hidden(rng) + _generated(rng)


def _ints(rng, n, lo=-50, hi=50):
    return [int(v) for v in rng.integers(lo, hi, size=n)]

_OPS = ["lambda x: x + 3", "lambda x: x * 2", "lambda x: -x", "lambda x: x // 3", "abs", "lambda x: x % 7",
        "lambda x: x - 11"]


def _generated(rng):
    chosen = [_OPS[int(i)] for i in rng.integers(0, len(_OPS), size=int(rng.integers(1, 7)))]
    xs = _ints(rng, 6, -100, 100)
    return [_d(f"""
def drive(ns):
    p = ns["pipeline"]({", ".join(chosen)})
    return [p(x) for x in {xs!r}]
""", "a generated pipeline", params={"pipelines": [chosen], "non_callables": [], "inputs": xs})]


def check_case(args, kwargs):
    """The prompt's promise: steps are one-argument callables (non-callables only to see TypeError); inputs suit them."""
    assert all(isinstance(p, list) and all(type(f) is str for f in p) for p in args["pipelines"]), "pipelines are lists of named steps"
    assert all(not callable(x) for x in args["non_callables"]), "the TypeError arguments are not callable"
    assert all(type(x) is int for x in args.get("inputs", [])), "the generated integer steps get integers"
