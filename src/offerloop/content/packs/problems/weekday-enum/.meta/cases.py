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
    W = ns["Weekday"]
    return [W.SUNDAY.next().name, W.from_name("Saturday").is_weekend, [d.name for d in W][:2]]
""", "next, from_name, iteration", params={"names": ["Saturday"], "values": [], "steps": 1}),
    ]


def _fixed_hidden(rng):
    return [
        _d("""
def drive(ns):
    W = ns["Weekday"]
    return [[d.name for d in W], [d.value for d in W], [d.is_weekend for d in W]]
""", "all seven members", params={"names": [], "values": [], "steps": 0}),
        _d("""
def drive(ns):
    W = ns["Weekday"]
    return [W.MONDAY == 1, W(1) is W.MONDAY, W.MONDAY.value, isinstance(W.MONDAY, int)]
""", "a plain Enum, not an IntEnum", params={"names": [], "values": [1], "steps": 0}),
        _d("""
def drive(ns):
    W = ns["Weekday"]
    d, seen = W.WEDNESDAY, []
    for _ in range(8):
        seen.append(d.name)
        d = d.next()
    return seen
""", "next wraps around the week", params={"names": [], "values": [], "steps": 8}),
        _d("""
def drive(ns):
    W = ns["Weekday"]
    return [W.from_name(" friday ").name, W.from_name("MONDAY").name, _try(W.from_name, "funday"),
            _try(W.from_name, "")]
""", "from_name normalises and rejects", params={"names": [" friday ", "MONDAY"], "values": [], "steps": 0, "bad_names": ["funday", ""]}),
        _d("""
def drive(ns):
    W = ns["Weekday"]
    return [_try(W, 0), _try(W, 8), W(7).name]
""", "lookup by value", params={"names": [], "values": [7], "steps": 0, "bad_values": [0, 8]}),
    ]


def hidden(rng):
    # The fixed cases, plus cases drawn afresh for every submission: inputs that leak from one
    # run say nothing certain about the next.
    return _fixed_hidden(rng) + _generated(rng)


def _ints(rng, n, lo=-50, hi=50):
    return [int(v) for v in rng.integers(lo, hi, size=n)]


def _generated(rng):
    names = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    start, steps = names[int(rng.integers(0, 7))], int(rng.integers(1, 15))
    return [_d(f"""
def drive(ns):
    d = ns["Weekday"].from_name("{start}")
    seen = []
    for _ in range({steps}):
        d = d.next()
        seen.append([d.name, d.is_weekend])
    return seen
""", "generated walk", params={"names": [start], "values": [], "steps": steps})]


_DAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


def check_case(args, kwargs):
    """The prompt's promise: from_name gets day names in any case with spaces, Weekday(v) a value 1..7
    (the bad ones only to see ValueError)."""
    assert all(n.strip().lower() in _DAYS for n in args["names"]), "names are day names"
    assert all(n.strip().lower() not in _DAYS for n in args.get("bad_names", [])), "the ValueError names are not days"
    assert all(1 <= v <= 7 for v in args["values"]), "values are 1..7"
    assert all(not 1 <= v <= 7 for v in args.get("bad_values", [])), "the ValueError values are outside 1..7"
    assert type(args["steps"]) is int and args["steps"] >= 0, "a walk takes steps >= 0"
