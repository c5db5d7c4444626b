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
    defaults = {"db": {"host": "localhost", "port": 5432}, "debug": False}
    env = {"db": {"port": 6543}, "debug": True}
    return [ns["merge_all"](defaults, env), defaults["db"]["port"]]
""", "a nested override", params={"configs": [[{"db": {"host": "localhost", "port": 5432}, "debug": False}, {"db": {"port": 6543}, "debug": True}]]}),
    ]


def _fixed_hidden():
    return [
        _d("""
def drive(ns):
    m = ns["merge_all"]
    a = {"x": 1}
    r = m(a)
    r["x"] = 2
    return [m(), m({}), m({}, {}), a, r is a]
""", "no argument, one argument", params={"configs": [[{"x": 1}], [], [{}], [{}, {}]]}),
        _d("""
def drive(ns):
    m = ns["merge_all"]
    a = {"a": {"b": {"c": 1, "d": 2}}, "s": 1}
    b = {"a": {"b": {"d": 3}, "e": 4}}
    c = {"a": {"b": {"c": 0}}, "s": {"now": "dict"}}
    r = m(a, b, c)
    r["a"]["b"]["c"] = 99
    r["a"]["e"] = 99
    r["s"]["now"] = 99
    return [m(a, b, c), a, b, c, list(m(a, b, c)), list(m(c, a))]
""", "three layers, deep, nothing shared", params={"configs": [[{"a": {"b": {"c": 1, "d": 2}}, "s": 1}, {"a": {"b": {"d": 3}, "e": 4}}, {"a": {"b": {"c": 0}}, "s": {"now": "dict"}}]]}),
        _d("""
def drive(ns):
    m = ns["merge_all"]
    return [m({"k": {"x": 1}}, {"k": 5}), m({"k": 5}, {"k": {"x": 1}}), m({"k": [1, 2]}, {"k": [3]}),
            m({"k": {"x": 1}}, {"k": None}), m({"k": {}}, {"k": {"y": 2}})]
""", "mixed kinds: the later value wins", params={"configs": [[{"k": {"x": 1}}, {"k": 5}], [{"k": 5}, {"k": {"x": 1}}], [{"k": [1, 2]}, {"k": [3]}], [{"k": {"x": 1}}, {"k": None}], [{"k": {}}, {"k": {"y": 2}}]]}),
        _d("""
def drive(ns):
    m = ns["merge_all"]
    only = {"nested": {"deep": {"v": 1}}}
    r = m(only, {"other": 1})
    r["nested"]["deep"]["v"] = 2
    return [only, r]
""", "a one-sided nested dict is copied", params={"configs": [[{"nested": {"deep": {"v": 1}}}, {"other": 1}]]}),
    ]


def hidden(rng):
    # The fixed cases, plus cases drawn afresh for every submission: inputs that leak from one
    # run say nothing certain about the next.
    return _fixed_hidden() + _generated(rng)


def _layer(rng, depth):
    out = {}
    for key in rng.permutation(["a", "b", "c", "d"])[: int(rng.integers(1, 4))]:
        if depth > 0 and rng.random() < 0.5:
            out[str(key)] = _layer(rng, depth - 1)
        else:
            out[str(key)] = int(rng.integers(0, 100))
    return out


def _generated(rng):
    layers = [_layer(rng, 2) for _ in range(int(rng.integers(2, 5)))]
    return [_d(f"""
def drive(ns):
    import copy
    layers = {layers!r}
    before = copy.deepcopy(layers)
    r = ns["merge_all"](*layers)
    snapshot = copy.deepcopy(r)

    def scribble(d):
        for k, v in d.items():
            if isinstance(v, dict):
                scribble(v)
                v["new"] = -1

    scribble(r)
    return [snapshot, layers == before]
""", "generated layers", params={"configs": [layers]})]


def _str_keys(d):
    return all(type(k) is str and (not isinstance(v, dict) or _str_keys(v)) for k, v in d.items())


def check_case(args, kwargs):
    """The prompt's promise: merge_all gets dicts with string keys (at every depth)."""
    for configs in args["configs"]:
        assert all(isinstance(c, dict) for c in configs), "every argument is a dict"
        assert all(_str_keys(c) for c in configs), "keys are strings at every depth"
