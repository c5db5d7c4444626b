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
    @ns["value_object"]("x", "y")
    class Point:
        def __init__(self, x, y, label=""):
            self.x, self.y, self.label = x, y, label

    return [Point(1, 2, "a") == Point(1, 2, "b"), len({Point(1, 2), Point(1, 2), Point(2, 1)}),
            repr(Point(1, "z")), Point(1, 2) == (1, 2)]
""", "equality, hashing and repr over the fields", params={"fields": [["x", "y"]], "invalid_fields": []}),
    ]


def _fixed_hidden():
    return [
        _d("""
def drive(ns):
    vo = ns["value_object"]
    made = lambda *f: callable(vo(*f))
    return [_try(made), _try(made, "a", 3), _try(made, None), _try(made, "a"), _try(made, "a", "b")]
""", "field names are validated at once", params={"fields": [["a"], ["a", "b"]], "invalid_fields": [[], ["a", 3], [None]]}),
        _d("""
def drive(ns):
    class Money:
        "Amount and currency."
        kind = "money"

        def __init__(self, amount, currency):
            self.amount, self.currency = amount, currency

        def doubled(self):
            return Money(self.amount * 2, self.currency)

    decorated = ns["value_object"]("amount", "currency")(Money)
    m = decorated(3, "EUR")
    return [decorated is Money, decorated.__name__, decorated.__doc__, decorated.kind,
            isinstance(m, Money), repr(m.doubled()), m.doubled() == decorated(6, "EUR")]
""", "the same class comes back", params={"fields": [["amount", "currency"]], "invalid_fields": []}),
        _d("""
def drive(ns):
    @ns["value_object"]("x")
    class A:
        def __init__(self, x):
            self.x = x

    class Anything:
        def __eq__(self, other):
            return True

        __hash__ = object.__hash__

    @ns["value_object"]("x")
    class B:
        def __init__(self, x):
            self.x = x

    return [A(1) == Anything(), A(1) != Anything(), A(1) == B(1), A(1) == 1, A(1) != A(2)]
""", "other types get their say", params={"fields": [["x"], ["x"]], "invalid_fields": []}),
        _d("""
def drive(ns):
    @ns["value_object"]("name", "tags")
    class Item:
        def __init__(self, name, tags, note=None):
            self.note = note
            self.tags = tags
            self.name = name

    a, b = Item("pen", ("blue", "ink"), note=1), Item("pen", ("blue", "ink"), note=2)
    d = {a: "first"}
    d[b] = "second"
    return [repr(a), a == b, hash(a) == hash(b), len(d), d[a]]
""", "repr in field order, dict keys", params={"fields": [["name", "tags"]], "invalid_fields": []}),
    ]


def hidden(rng):
    # The fixed cases, plus cases drawn afresh for every submission: inputs that leak from one
    # run say nothing certain about the next.
    return _fixed_hidden() + _generated(rng)


def _generated(rng):
    pairs = [(int(a), int(b)) for a, b in rng.integers(0, 4, size=(12, 2))]
    labels = [str(v) for v in rng.integers(0, 100, size=12)]
    return [_d(f"""
def drive(ns):
    @ns["value_object"]("y", "x")
    class P:
        def __init__(self, x, y, label):
            self.x, self.y, self.label = x, y, label

    ps = [P(x, y, lab) for (x, y), lab in zip({pairs!r}, {labels!r})]
    unique = sorted({{repr(p) for p in set(ps)}})
    return [unique, [ps[0] == p for p in ps], repr(ps[-1])]
""", "generated points", params={"fields": [["y", "x"]], "invalid_fields": [], "values": [list(p) for p in pairs]})]


def check_case(args, kwargs):
    """The prompt's promise: one or more str field names (others only to see ValueError); field values are hashable."""
    assert all(len(f) >= 1 and all(type(n) is str for n in f) for f in args["fields"]), "fields are one or more strings"
    assert all(not f or not all(type(n) is str for n in f) for f in args["invalid_fields"]), "the ValueError fields are invalid"
    for v in args.get("values", []):
        try:
            hash(tuple(v))
        except TypeError:
            raise AssertionError(f"{v!r}: field values are hashable") from None
