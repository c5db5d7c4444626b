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
    M = ns["Money"]
    return [repr(sorted([M(500, "EUR"), M(120, "EUR")])), M(100, "EUR") >= M(100, "EUR"),
            _try(lambda: M(100, "EUR") < M(100, "USD"))]
""", "sort, >=, and mixed currencies"),
    ]


def hidden(rng):
    return [
        _d("""
def drive(ns):
    M = ns["Money"]
    a, b = M(1, "EUR"), M(2, "EUR")
    return [a < b, a <= b, a > b, a >= b, b > a, b >= a, a == M(1, "EUR"), a != b]
""", "all six comparisons"),
        _d("""
def drive(ns):
    M = ns["Money"]
    a = M(1, "EUR")
    return [a == 1, a != "x", _try(lambda: a < 1), _try(lambda: a >= 1), _try(lambda: 1 > a)]
""", "foreign types: NotImplemented"),
        _d("""
def drive(ns):
    M = ns["Money"]
    a, b = M(5, "EUR"), M(5, "USD")
    return [a == b, a != b, _try(lambda: a <= b), _try(lambda: a > b)]
""", "equality across currencies is allowed, ordering is not"),
        _d("""
def drive(ns):
    M = ns["Money"]
    s = {M(1, "EUR"), M(1, "EUR"), M(1, "USD"), M(2, "EUR")}
    return [len(s), M(1, "EUR") in s, repr(M(150, "EUR"))]
""", "hashing and repr"),
        _d("""
def drive(ns):
    M = ns["Money"]
    prices = [M(c, "GBP") for c in (999, 5, 120, 5, 42)]
    return [repr(max(prices)), repr(min(prices)), [m.cents for m in sorted(prices, reverse=True)]]
""", "min, max, sorted"),
    ]
