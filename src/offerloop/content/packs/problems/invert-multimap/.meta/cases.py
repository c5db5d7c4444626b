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
    out = ns["invert"]({"alice": ["python", "sql"], "bob": ["sql", "sql"], "cara": []})
    return [out, list(out)]
""", "skills to people", params={"mappings": [{"alice": ["python", "sql"], "bob": ["sql", "sql"], "cara": []}]}),
    ]


def _fixed_hidden():
    return [
        _d("""
def drive(ns):
    inv = ns["invert"]
    return [inv({}), inv({"a": []}), inv({"only": ["x"]})]
""", "empty and tiny mappings", params={"mappings": [{}, {"a": []}, {"only": ["x"]}]}),
        _d("""
def drive(ns):
    m = {"zed": ["b", "a"], "amy": ["b", "c"], "max": ["a", "a", "b"]}
    before = {k: list(v) for k, v in m.items()}
    out = ns["invert"](m)
    return [out, list(out), m == before]
""", "sorted keys and values, argument untouched", params={"mappings": [{"zed": ["b", "a"], "amy": ["b", "c"], "max": ["a", "a", "b"]}]}),
        _d("""
def drive(ns):
    out = ns["invert"]({"B": ["Z", "a"], "a": ["Z"], "A": ["z"]})
    return [out, list(out)]
""", "code-point order (capitals first)", params={"mappings": [{"B": ["Z", "a"], "a": ["Z"], "A": ["z"]}]}),
    ]


def hidden(rng):
    # The fixed cases, plus cases drawn afresh for every submission: inputs that leak from one
    # run say nothing certain about the next.
    return _fixed_hidden() + _generated(rng)


def _generated(rng):
    keys = [f"user{int(v)}" for v in rng.permutation(30)[:int(rng.integers(4, 10))]]
    vocab = ["go", "sql", "rust", "java", "c", "ml", "ops", "k8s"]
    m = {k: [vocab[int(i)] for i in rng.integers(0, len(vocab), size=int(rng.integers(0, 6)))] for k in keys}
    return [_d(f"""
def drive(ns):
    out = ns["invert"]({m!r})
    return [out, list(out)]
""", "generated skills", params={"mappings": [m]})]


def check_case(args, kwargs):
    """The prompt's promise: a dict from str keys to lists of str values."""
    for m in args["mappings"]:
        assert isinstance(m, dict) and all(type(k) is str for k in m), "keys are strings"
        assert all(isinstance(v, list) and all(type(x) is str for x in v) for v in m.values()), "values are lists of strings"
