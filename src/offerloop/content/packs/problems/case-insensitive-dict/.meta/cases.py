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
    h = ns["CaseInsensitiveDict"]({"Content-Type": "text/html"})
    first = h["content-type"]
    h["CONTENT-type"] = "json"
    return [first, list(h.items()), "Content-TYPE" in h, h == {"content-type": "json"}]
""", "lookups ignore case, the latest spelling shows", params={"keys": ["Content-Type", "content-type", "CONTENT-type", "Content-TYPE"]}),
    ]


def _fixed_hidden():
    return [
        _d("""
def drive(ns):
    from collections.abc import MutableMapping
    D = ns["CaseInsensitiveDict"]
    d = D([("A", 1), ("b", 2), ("a", 3)])
    return [issubclass(D, MutableMapping), len(d), list(d), d.get("B"), d.get("zz", "dflt"),
            d.setdefault("B", 9), d.setdefault("NEW", 7), repr(d)]
""", "a MutableMapping, pairs, mixins", params={"keys": ["A", "b", "a", "B", "zz", "NEW"]}),
        _d("""
def drive(ns):
    D = ns["CaseInsensitiveDict"]
    d = D()
    d.update({"Accept": "a", "ACCEPT": "b"})
    d.update(host="h")
    out = [list(d.items()), _try(lambda: d["missing"]), _try(lambda: d[1]), _try(d.__setitem__, 2, "x")]
    del d["HOST"]
    out.append(_try(d.__delitem__, "host"))
    out.append([d.pop("accept"), d.pop("accept", None), len(d), repr(d)])
    return out
""", "update, missing keys, non-str keys, delete, pop", params={"keys": ["Accept", "ACCEPT", "host", "missing", "HOST", "accept"], "non_str": [1, 2]}),
        _d("""
def drive(ns):
    D = ns["CaseInsensitiveDict"]
    d = D({"One": 1, "Two": 2, "Three": 3})
    d["TWO"] = 22
    d["one"] = 11
    return [list(d), list(d.values()), d == D({"ONE": 11, "two": 22, "three": 3}), d == {"one": 11},
            d != {"ONE": 11, "TWO": 22, "THREE": 3}, d == [("One", 11)]]
""", "order kept on re-assignment, equality ignores case", params={"keys": ["One", "Two", "Three", "TWO", "one", "ONE", "two", "three", "THREE"]}),
        _d("""
def drive(ns):
    D = ns["CaseInsensitiveDict"]
    d = D({"Straße": "street"})
    return ["STRASSE" in d, d.get("strasse"), "ǅ" in D({"ǆ": 1}), _try(hash, d)[0]]
""", "casefold, unhashable", params={"keys": ["Straße", "STRASSE", "strasse", "ǅ", "ǆ"]}),
    ]


def hidden(rng):
    # The fixed cases, plus cases drawn afresh for every submission: inputs that leak from one
    # run say nothing certain about the next.
    return _fixed_hidden() + _generated(rng)


def _generated(rng):
    names = ["accept", "host", "etag", "vary", "range"]
    ops = []
    for _ in range(20):
        name = names[int(rng.integers(0, len(names)))]
        spelled = "".join(c.upper() if rng.random() < 0.5 else c for c in name)
        kind = ["set", "set", "get", "del", "in"][int(rng.integers(0, 5))]
        ops.append([kind, spelled, int(rng.integers(0, 100))])
    return [_d(f"""
def drive(ns):
    d = ns["CaseInsensitiveDict"]()
    log = []
    for kind, key, value in {ops!r}:
        if kind == "set":
            d[key] = value
        elif kind == "get":
            log.append(d.get(key))
        elif kind == "del":
            log.append(_try(d.__delitem__, key)[0])
        else:
            log.append(key in d)
    return [log, list(d.items()), len(d)]
""", "generated header edits", params={"keys": [k for _, k, _ in ops], "ops": ops})]


def check_case(args, kwargs):
    """The prompt's promise: keys are strings (a non-str key only to see TypeError)."""
    assert all(type(k) is str for k in args["keys"]), "keys are strings"
    assert all(type(k) is not str for k in args.get("non_str", [])), "the TypeError keys are not strings"
    for kind, key, value in args.get("ops", []):
        assert kind in ("set", "get", "del", "in"), f"{kind!r} is an operation the driver knows"
