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
    s = ns["Stack"][int]()
    s.push(1); s.push(2); s.push(3)
    return [s.pop(), s.peek(), list(s), len(s)]
""", "push, pop, peek, iterate", params={"ops": [["push", 1], ["push", 2], ["push", 3], ["pop"]]}),
    ]


def _fixed_hidden(rng):
    return [
        _d("""
def drive(ns):
    s = ns["Stack"]()
    return [_try(s.pop), _try(s.peek), s.is_empty(), len(s)]
""", "empty stack", params={"ops": []}),
        _d("""
def drive(ns):
    s = ns["Stack"][str]()
    for ch in "abc":
        s.push(ch)
    first = list(s)
    second = list(s)
    return [first, second, len(s), s.is_empty()]
""", "iterating does not consume", params={"ops": [["push", "a"], ["push", "b"], ["push", "c"]]}),
        _d("""
def drive(ns):
    import typing
    Stack = ns["Stack"]
    params = getattr(Stack, "__parameters__", ())
    return [len(params), all(isinstance(p, typing.TypeVar) for p in params),
            issubclass(Stack, typing.Generic)]
""", "Stack is a Generic class with one type variable", params={"ops": []}),
        _d("""
def drive(ns):
    a, b = ns["Stack"](), ns["Stack"]()
    a.push(1)
    return [len(a), len(b), b.is_empty()]
""", "stacks do not share items", params={"ops": [["push", 1]]}),
        _d("""
def drive(ns):
    s = ns["Stack"]()
    out = []
    for i in range(5):
        s.push(i)
    while not s.is_empty():
        out.append(s.pop())
    s.push(None)
    return [out, s.peek(), len(s)]
""", "LIFO order and a None item", params={"ops": [["push", 0], ["push", 1], ["push", 2], ["push", 3], ["push", 4], ["pop"], ["pop"], ["pop"], ["pop"], ["pop"], ["push", None]]}),
    ]


def hidden(rng):
    # The fixed cases, plus cases drawn afresh for every submission: inputs that leak from one
    # run say nothing certain about the next.
    return _fixed_hidden(rng) + _generated(rng)


def _ints(rng, n, lo=-50, hi=50):
    return [int(v) for v in rng.integers(lo, hi, size=n)]


def _generated(rng):
    ops = [["push", int(v)] if p else ["pop"] for v, p in zip(rng.integers(-99, 99, size=20), rng.random(20) < 0.6)]
    return [_d(f"""
def drive(ns):
    s = ns["Stack"][int]()
    out = []
    for op in {ops!r}:
        if op[0] == "push":
            s.push(op[1])
        else:
            out.append(_try(s.pop))
    return [out, list(s), len(s), s.is_empty(), _try(s.peek)]
""", "generated pushes and pops", params={"ops": ops})]


def check_case(args, kwargs):
    """The prompt's promise: push(item) takes one item, pop() none (on an empty stack only to see IndexError)."""
    for op in args["ops"]:
        assert (op[0] == "push" and len(op) == 2) or op == ["pop"], f"{op!r} is push(item) or pop()"
