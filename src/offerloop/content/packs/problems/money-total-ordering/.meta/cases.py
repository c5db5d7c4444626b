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
    M = ns["Money"]
    return [repr(sorted([M(500, "EUR"), M(120, "EUR")])), M(100, "EUR") >= M(100, "EUR"),
            _try(lambda: M(100, "EUR") < M(100, "USD"))]
""", "sort, >=, and mixed currencies", params={"money": [[500, "EUR"], [120, "EUR"], [100, "EUR"], [100, "USD"]]}),
    ]


def _fixed_hidden(rng):
    return [
        _d("""
def drive(ns):
    M = ns["Money"]
    a, b = M(1, "EUR"), M(2, "EUR")
    return [a < b, a <= b, a > b, a >= b, b > a, b >= a, a == M(1, "EUR"), a != b]
""", "all six comparisons", params={"money": [[1, "EUR"], [2, "EUR"]]}),
        _d("""
def drive(ns):
    M = ns["Money"]
    a = M(1, "EUR")
    return [a == 1, a != "x", _try(lambda: a < 1), _try(lambda: a >= 1), _try(lambda: 1 > a)]
""", "foreign types: NotImplemented", params={"money": [[1, "EUR"]], "foreign": [1, "x"]}),
        _d("""
def drive(ns):
    M = ns["Money"]
    a, b = M(5, "EUR"), M(5, "USD")
    return [a == b, a != b, _try(lambda: a <= b), _try(lambda: a > b)]
""", "equality across currencies is allowed, ordering is not", params={"money": [[5, "EUR"], [5, "USD"]]}),
        _d("""
def drive(ns):
    M = ns["Money"]
    s = {M(1, "EUR"), M(1, "EUR"), M(1, "USD"), M(2, "EUR")}
    return [len(s), M(1, "EUR") in s, repr(M(150, "EUR"))]
""", "hashing and repr", params={"money": [[1, "EUR"], [1, "USD"], [2, "EUR"], [150, "EUR"]]}),
        _d("""
def drive(ns):
    M = ns["Money"]
    prices = [M(c, "GBP") for c in (999, 5, 120, 5, 42)]
    return [repr(max(prices)), repr(min(prices)), [m.cents for m in sorted(prices, reverse=True)]]
""", "min, max, sorted", params={"money": [[999, "GBP"], [5, "GBP"], [120, "GBP"], [42, "GBP"]]}),
    ]


def hidden(rng):
    # The fixed cases, plus cases drawn afresh for every submission: inputs that leak from one
    # run say nothing certain about the next.
    return _fixed_hidden(rng) + _generated(rng)


def _ints(rng, n, lo=-50, hi=50):
    return [int(v) for v in rng.integers(lo, hi, size=n)]


def _generated(rng):
    cents = _ints(rng, 6, 0, 10_000)
    return [_d(f"""
def drive(ns):
    M = ns["Money"]
    items = [M(c, "EUR") for c in {cents!r}]
    a, b = items[0], items[1]
    return [repr(sorted(items)), a < b, a <= b, a > b, a >= b, a == b, len(set(items + [M({cents[0]}, "EUR")]))]
""", "generated amounts", params={"money": [[c, "EUR"] for c in cents]})]


def check_case(args, kwargs):
    """The prompt's promise: Money gets int cents and a currency code."""
    for cents, currency in args["money"]:
        assert type(cents) is int, f"{cents!r}: cents are an int"
        assert type(currency) is str and len(currency) == 3 and currency.isupper(), f"{currency!r} is a currency code"
    assert all(type(x) is not list for x in args.get("foreign", [])), "foreign values are not Money"
