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
    au = ns["atomic_update"]
    config = {"host": "a", "port": 1}
    alias = config
    with au(config) as draft:
        draft["port"] = 2
        del draft["host"]
    first = dict(alias)
    err = "no exception reached the caller"
    try:
        with au(config) as draft:
            draft["port"] = 3
            raise RuntimeError("validation failed")
    except RuntimeError as e:
        err = str(e)
    return [first, config, err, alias is config]
""", "commit, then roll back", params={"targets": [{"host": "a", "port": 1}]}),
    ]


def _fixed_hidden():
    return [
        _d("""
def drive(ns):
    au = ns["atomic_update"]
    d = {"a": 1}
    with au(d) as draft:
        inside = [draft == d, draft is d]
        draft["b"] = 2
        during = dict(d)
    return [inside, during, d]
""", "the body works on a copy", params={"targets": [{"a": 1}]}),
        _d("""
def drive(ns):
    au = ns["atomic_update"]
    d = {"k": 0}

    class Custom(Exception):
        pass

    out = []
    for exc in [KeyError("x"), Custom("c"), KeyboardInterrupt()]:
        try:
            with au(d) as draft:
                draft["k"] += 1
                draft["new"] = True
                raise exc
        except BaseException as e:
            out.append([type(e).__name__, e is exc])
        else:
            out.append("swallowed")
    return [out, d]
""", "every exception propagates and rolls back", params={"targets": [{"k": 0}]}),
        _d("""
def drive(ns):
    au = ns["atomic_update"]
    d = {"x": 1}

    def f():
        with au(d) as draft:
            draft["x"] = 2
            return "early"

    r = f()
    for _ in range(3):
        with au(d) as draft:
            draft["x"] += 10
            break
    return [r, d]
""", "return and break commit", params={"targets": [{"x": 1}]}),
        _d("""
def drive(ns):
    au = ns["atomic_update"]
    d = {"a": 1, "b": 2}
    with au(d) as outer:
        outer["a"] = 10
        try:
            with au(outer) as inner:
                inner["b"] = 20
                raise ValueError
        except ValueError:
            pass
        with au(outer) as inner:
            del inner["b"]
            inner["c"] = 3
    return d
""", "nested blocks", params={"targets": [{"a": 1, "b": 2}]}),
    ]


def hidden(rng):
    # The fixed cases, plus cases drawn afresh for every submission: inputs that leak from one
    # run say nothing certain about the next.
    return _fixed_hidden() + _generated(rng)


def _generated(rng):
    # A sequence of blocks; each sets, deletes and maybe fails.
    blocks = []
    for _ in range(6):
        sets = {f"k{int(k)}": int(v) for k, v in rng.integers(0, 6, size=(int(rng.integers(0, 3)), 2))}
        dels = [f"k{int(k)}" for k in rng.integers(0, 6, size=int(rng.integers(0, 3)))]
        fail = bool(rng.integers(0, 2))
        blocks.append([sets, dels, fail])
    start = {f"k{i}": i for i in range(4)}
    return [_d(f"""
def drive(ns):
    au = ns["atomic_update"]
    d = {start!r}
    log = []
    for sets, dels, fail in {blocks!r}:
        try:
            with au(d) as draft:
                draft.update(sets)
                for k in dels:
                    draft.pop(k, None)
                if fail:
                    raise LookupError
        except LookupError:
            log.append("rolled back")
        log.append(sorted(d.items()))
    return log
""", "generated blocks", params={"targets": [start], "blocks": blocks})]


def check_case(args, kwargs):
    """The prompt's promise: the target is a dict; generated blocks set, delete and maybe fail."""
    assert all(isinstance(t, dict) for t in args["targets"]), "atomic_update gets a dict"
    for sets, dels, fail in args.get("blocks", []):
        assert isinstance(sets, dict) and isinstance(dels, list) and type(fail) is bool, "a block is [sets, deletes, fails]"
