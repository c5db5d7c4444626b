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


def _c(records, name):
    return driver(_PRE + f"""
def drive(ns):
    out = ns["pivot_best"]({records!r})
    return [out, [[s, list(subjects)] for s, subjects in out.items()]]
""", name=name, params=[list(r) for r in records])


def visible():
    return [_c([("bo", "math", 70), ("al", "art", 90), ("bo", "math", 85), ("bo", "art", 60), ("al", "art", -1)],
               "best per cell, both levels sorted")]


def _fixed_hidden():
    return [
        _c([], "no records"),
        _c([("zed", "x", -5), ("amy", "y", 3)], "a student with only invalid rows is left out"),
        _c([("a", "s", 0), ("a", "s", 0), ("b", "t", 5), ("b", "t", 0)], "zero scores and repeats"),
        _c([("A", "b", 1), ("a", "B", 2), ("a", "a", 3), ("B", "c", 4)], "code-point order"),
    ]


def hidden(rng):
    # The fixed cases, plus cases drawn afresh for every submission: inputs that leak from one
    # run say nothing certain about the next.
    return _fixed_hidden() + _generated(rng)


def _generated(rng):
    students = ["kim", "lee", "ana", "ben", "joe", "eve"]
    subjects = ["math", "bio", "art", "chem"]
    n = int(rng.integers(10, 40))
    records = [(students[int(a)], subjects[int(b)], int(c))
               for a, b, c in zip(rng.integers(0, 6, size=n), rng.integers(0, 4, size=n), rng.integers(-10, 101, size=n))]
    return [_c(records, "generated records")]


def check_case(args, kwargs):
    """Triples of two strings and an int, as the prompt says."""
    for r in args:
        assert len(r) == 3 and isinstance(r[0], str) and isinstance(r[1], str) and type(r[2]) is int, f"bad record {r!r}"
