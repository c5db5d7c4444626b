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


_RES = """
    log = []

    class Res:
        def __init__(self, name, fail_enter=False, fail_exit=False, suppress=False):
            self.name, self.fail_enter, self.fail_exit, self.suppress = name, fail_enter, fail_exit, suppress
            log.append("make " + name)

        def __enter__(self):
            if self.fail_enter:
                log.append("enter failed " + self.name)
                raise ConnectionError(self.name)
            log.append("open " + self.name)
            return self.name

        def __exit__(self, et, ev, tb):
            log.append("close " + self.name + (" saw " + et.__name__ if et else ""))
            if self.fail_exit:
                raise OSError("exit " + self.name)
            return self.suppress

    def make(name, **kw):
        return lambda: Res(name, **kw)

    def run(factories, body_error=None):
        try:
            with ns["acquire_all"](factories) as values:
                log.append(list(values))
                if body_error is not None:
                    raise body_error
            log.append("after: clean")
        except Exception as e:
            log.append("after: " + type(e).__name__ + " " + str(e))
        return log
"""


def visible():
    return [
        _d("""
def drive(ns):
""" + _RES + """
    return run([make("a"), make("b")])
""", "open in order, close in reverse"),
    ]


def _fixed_hidden():
    return [
        _d("""
def drive(ns):
""" + _RES + """
    return run([make("a"), make("b"), make("c", fail_enter=True), make("d")])
""", "a failed enter closes what was opened, and stops"),
        _d("""
def drive(ns):
""" + _RES + """
    return run([make("a"), make("b")], body_error=KeyError("k"))
""", "the body's exception reaches every manager"),
        _d("""
def drive(ns):
""" + _RES + """
    return run([make("a"), make("b", suppress=True), make("c")], body_error=ValueError("v"))
""", "a suppressing manager hides the error from outer ones"),
        _d("""
def drive(ns):
""" + _RES + """
    return run([make("a"), make("b", fail_exit=True), make("c")])
""", "a failing exit does not stop the others"),
        _d("""
def drive(ns):
""" + _RES + """
    run([])
    def bad_factory():
        log.append("factory raised")
        raise RuntimeError("no factory")
    return run([make("a"), bad_factory, make("z")])
""", "no resources, a factory that raises"),
    ]


def hidden(rng):
    # The fixed cases, plus cases drawn afresh for every submission: inputs that leak from one
    # run say nothing certain about the next.
    return _fixed_hidden() + _generated(rng)


def _generated(rng):
    n = int(rng.integers(2, 7))
    specs = []
    for i in range(n):
        roll = float(rng.random())
        kw = {}
        if roll < 0.12:
            kw["fail_enter"] = True
        elif roll < 0.3:
            kw["fail_exit"] = True
        elif roll < 0.45:
            kw["suppress"] = True
        specs.append([f"r{i}", kw])
    # The prompt promises that no manager suppresses an error raised while acquiring another:
    # no suppressing manager comes before one whose enter fails.
    fails = [i for i, (_, kw) in enumerate(specs) if kw.get("fail_enter")]
    for _, kw in specs[:max(fails, default=0)]:
        kw.pop("suppress", None)
    body = [None, "KeyError", "ValueError"][int(rng.integers(0, 3))]
    return [_d("""
def drive(ns):
""" + _RES + f"""
    errors = {{"KeyError": KeyError("body"), "ValueError": ValueError("body")}}
    return run([make(name, **kw) for name, kw in {specs!r}], body_error=errors.get({body!r}))
""", "generated resources", params=specs)]


def check_case(args, kwargs):
    """No manager suppresses an error raised while another one is acquired (the prompt says so)."""
    if args is None:
        return
    suppressing = False
    for name, kw in args:
        assert not (suppressing and kw.get("fail_enter")), f"{name} fails to enter after a suppressing manager"
        suppressing = suppressing or bool(kw.get("suppress"))
