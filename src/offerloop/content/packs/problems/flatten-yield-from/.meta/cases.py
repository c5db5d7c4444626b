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
    f = ns["flatten"]
    return list(f([1, [2, (3, [4])], "ab", [[], {"k": 1}], None]))
""", "nested lists and leaves", params={"depth": 4}),
    ]


def _fixed_hidden():
    return [
        _d("""
def drive(ns):
    f = ns["flatten"]
    shown = lambda xs: [repr(x) if isinstance(x, bytes) else x for x in xs]
    return [list(f([])), list(f([[], [[]], ()])), shown(f(["", b"xy", [b""]])), list(f((x for x in [1, [2]]))),
            sorted(f([{3, 1}, range(2), frozenset([9])])), list(f([1.5, True, None, ["s", ("t",)]]))]
""", "empties, strings and bytes, generators, sets, ranges", params={"depth": 3}),
        _d("""
def drive(ns):
    f = ns["flatten"]
    pulled = []

    def numbers(n):
        for i in range(n):
            pulled.append(i)
            yield i

    gen = f([numbers(3), [numbers(2)]])
    first = [next(gen), next(gen)]
    return [first, list(pulled)]
""", "nothing is read ahead", params={"depth": 3}),
        _d("""
def drive(ns):
    from itertools import count, islice
    return list(islice(ns["flatten"]([0, count(1)]), 4))
""", "an infinite generator", params={"depth": 2}),
        _d("""
def drive(ns):
    f = ns["flatten"]
    nested = 7
    for _ in range(300):
        nested = [nested]
    return [list(f([nested, [{"a": [1]}], [[{"b": 2}]]]))]
""", "deep nesting, dicts are leaves", params={"depth": 302}),
        _d("""
def drive(ns):
    class Tree:
        def __init__(self, value, *kids):
            self.value, self.kids = value, kids

        def __iter__(self):
            yield self.value
            yield from self.kids

    t = Tree(1, Tree(2, Tree(3)), Tree(4))
    return list(ns["flatten"]([t, 5]))
""", "any class with __iter__", params={"depth": 5}),
    ]


def hidden(rng):
    # The fixed cases, plus cases drawn afresh for every submission: inputs that leak from one
    # run say nothing certain about the next.
    return _fixed_hidden() + _generated(rng)


def _nest(rng, depth):
    out = []
    for _ in range(int(rng.integers(0, 4))):
        roll = float(rng.random())
        if depth > 0 and roll < 0.35:
            out.append(_nest(rng, depth - 1))
        elif roll < 0.5:
            out.append("w" + str(int(rng.integers(0, 9))))
        elif roll < 0.55:
            out.append({"k": int(rng.integers(0, 9))})
        else:
            out.append(int(rng.integers(0, 100)))
    return out


def _generated(rng):
    data = _nest(rng, 4) + [_nest(rng, 3)]
    return [_d(f"""
def drive(ns):
    data = {data!r}

    def as_tuples(x):
        return tuple(as_tuples(y) for y in x) if isinstance(x, list) else x

    return [list(ns["flatten"](data)), list(ns["flatten"](as_tuples(data))), list(ns["flatten"](iter(data)))]
""", "generated nesting", params={"depth": 7, "data": data})]


def _depth(x):
    return 1 + max((_depth(y) for y in x), default=0) if isinstance(x, list) else 0


def check_case(args, kwargs):
    """The prompt's promise: nesting is a few hundred levels deep at most."""
    assert type(args["depth"]) is int and 1 <= args["depth"] <= 400, "nesting is at most a few hundred levels deep"
    if "data" in args:
        assert _depth(args["data"]) <= args["depth"], "the generated nesting is as deep as stated, at most"
