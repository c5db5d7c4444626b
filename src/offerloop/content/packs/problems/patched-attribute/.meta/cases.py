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


_CFG = """
class Config:
    pass
"""


def visible():
    return [
        _d(_CFG + """
def drive(ns):
    cfg = Config()
    cfg.debug = False
    with ns["patched"](cfg, "debug", True) as c:
        inside = [cfg.debug, c is cfg]
    return [inside, cfg.debug]
""", "patch and restore", params={"patches": [["debug", False, True]]}),
    ]


def _fixed_hidden(rng):
    return [
        _d(_CFG + """
def drive(ns):
    cfg = Config()
    cfg.level = 1
    try:
        with ns["patched"](cfg, "level", 99):
            raise RuntimeError("fail")
    except RuntimeError:
        return ["propagated", cfg.level]
    return ["suppressed", cfg.level]
""", "restored when the block raises", params={"patches": [["level", 1, 99]]}),
        _d(_CFG + """
def drive(ns):
    cfg = Config()
    with ns["patched"](cfg, "new_attr", 5):
        inside = cfg.new_attr
    return [inside, hasattr(cfg, "new_attr")]
""", "a missing attribute is removed again", params={"patches": [["new_attr", "missing", 5]]}),
        _d(_CFG + """
def drive(ns):
    cfg = Config()
    cfg.x = None
    with ns["patched"](cfg, "x", 1):
        pass
    return [hasattr(cfg, "x"), cfg.x]
""", "an attribute that was None stays, as None", params={"patches": [["x", None, 1]]}),
        _d(_CFG + """
def drive(ns):
    cfg = Config()
    cfg.mode = "a"
    seen = []
    with ns["patched"](cfg, "mode", "b"):
        seen.append(cfg.mode)
        with ns["patched"](cfg, "mode", "c"):
            seen.append(cfg.mode)
        seen.append(cfg.mode)
    seen.append(cfg.mode)
    return seen
""", "nested patches", params={"patches": [["mode", "a", "b"], ["mode", "b", "c"]]}),
        _d(_CFG + """
def drive(ns):
    cfg = Config()
    try:
        with ns["patched"](cfg, "temp", 1):
            raise ValueError("x")
    except ValueError:
        pass
    return hasattr(cfg, "temp")
""", "missing attribute removed after an error", params={"patches": [["temp", "missing", 1]]}),
    ]


def hidden(rng):
    # The fixed cases, plus cases drawn afresh for every submission: inputs that leak from one
    # run say nothing certain about the next.
    return _fixed_hidden(rng) + _generated(rng)


def _ints(rng, n, lo=-50, hi=50):
    return [int(v) for v in rng.integers(lo, hi, size=n)]


def _generated(rng):
    before, during = int(rng.integers(-1000, 1000)), int(rng.integers(-1000, 1000))
    return [_d(_CFG + f"""
def drive(ns):
    cfg = Config()
    cfg.level = {before}
    with ns["patched"](cfg, "level", {during}):
        inside = cfg.level
    return [inside, cfg.level]
""", "generated values", params={"patches": [["level", before, during]]})]


def check_case(args, kwargs):
    """The prompt's promise: patched(obj, name, value) with an attribute name that is an identifier."""
    for name, before, during in args["patches"]:
        assert type(name) is str and name.isidentifier(), f"{name!r} is an attribute name"
