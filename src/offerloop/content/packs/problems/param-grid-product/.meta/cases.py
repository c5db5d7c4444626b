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


def _c(grid, name):
    return driver(_PRE + f"""
def drive(ns):
    out = list(ns["param_grid"]({grid!r}))
    return [out, [list(d) for d in out]]
""", name=name, params=grid)


def visible():
    return [_c({"lr": [0.1, 0.01], "depth": [3, 5]}, "two parameters")]


def _fixed_hidden():
    return [
        _c({}, "an empty grid"),
        _c({"a": [1, 2], "b": []}, "an empty candidate list"),
        _c({"solo": ["x", None, True]}, "one parameter"),
        _c({"c": [1, 2], "a": ["p", "q"], "b": [0.5]}, "three parameters written out of order"),
        driver(_PRE + """
def drive(ns):
    import types
    gen = ns["param_grid"]({"k": [1, 2, 3]})
    first = next(gen)
    first["k"] = 99
    return [isinstance(gen, types.GeneratorType), next(gen), list(gen)]
""", name="a lazy generator of fresh dicts"),
    ]


def hidden(rng):
    # The fixed cases, plus cases drawn afresh for every submission: inputs that leak from one
    # run say nothing certain about the next.
    return _fixed_hidden() + _generated(rng)


def _generated(rng):
    names = ["alpha", "max_depth", "n_estimators", "gamma", "C"]
    chosen = [str(n) for n in rng.permutation(names)[: int(rng.integers(1, 5))]]
    grid = {n: [int(v) for v in rng.integers(0, 50, size=int(rng.integers(1, 4)))] for n in chosen}
    return [_c(grid, "generated grid")]


def check_case(args, kwargs):
    """A dict of str names to lists of candidates."""
    if args is None:
        return
    assert isinstance(args, dict) and all(isinstance(k, str) and isinstance(v, list) for k, v in args.items())
