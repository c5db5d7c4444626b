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
    Plugin = ns["Plugin"]

    class Exporter(Plugin):
        pass

    class Csv(Exporter, name="csv"):
        def __init__(self, sep=","):
            self.sep = sep

    class Json(Exporter):
        pass

    def duplicate():
        class Other(Exporter, name="csv"):
            pass

    return [Exporter.names(), Exporter.create("csv", sep=";").sep, _try(duplicate)]
""", "register, create, refuse a duplicate", params={"families": [["csv", "json", "csv"]]}),
    ]


def _fixed_hidden():
    return [
        _d("""
def drive(ns):
    Plugin = ns["Plugin"]

    class Reader(Plugin):
        pass

    class Writer(Plugin):
        pass

    class Csv(Reader, name="csv"):
        pass

    class CsvOut(Writer, name="csv"):
        pass

    return [Reader.names(), Writer.names(), Reader.create("csv").__class__.__name__,
            Writer.create("csv").__class__.__name__, Reader.registry is not Writer.registry]
""", "families are separate", params={"families": [["csv"], ["csv"]]}),
        _d("""
def drive(ns):
    Plugin = ns["Plugin"]

    class Codec(Plugin):
        pass

    class Base(Codec, abstract=True):
        def __init__(self, level=1):
            self.level = level

    class Gzip(Base):
        pass

    class Zstd(Base, name="zstd"):
        pass

    return [Codec.names(), Gzip.names(), Codec.create("gzip", level=9).level, isinstance(Codec.create("zstd"), Base),
            _try(Codec.create, "base")[0], _try(Codec.create, "Gzip")[0]]
""", "abstract classes are not registered, lower-case default names", params={"families": [["gzip", "zstd"]]}),
        _d("""
def drive(ns):
    Plugin = ns["Plugin"]

    class Sink(Plugin):
        pass

    class A(Sink, name="x"):
        pass

    def dup():
        class B(Sink, name="x"):
            pass

    out = [_try(dup), Sink.registry["x"].__name__]

    class Y(Sink):
        pass

    def dup_default():
        class y(Sink):
            pass

    out += [_try(dup_default), Sink.names(), _try(Sink.create, "z")]
    return out
""", "duplicates fail, the first class stays", params={"families": [["x", "x", "y", "y"]]}),
        _d("""
def drive(ns):
    Plugin = ns["Plugin"]

    class Tagged:
        def __init_subclass__(cls, tag=None, **kwargs):
            super().__init_subclass__(**kwargs)
            cls.tag = tag

    class Step(Plugin):
        pass

    class Load(Step, Tagged, name="load", tag="io"):
        pass

    return [Step.names(), Load.tag]
""", "cooperates with other bases", params={"families": [["load"]]}),
    ]


def hidden(rng):
    # The fixed cases, plus cases drawn afresh for every submission: inputs that leak from one
    # run say nothing certain about the next.
    return _fixed_hidden() + _generated(rng)


def _generated(rng):
    names = [f"p{int(v)}" for v in rng.integers(0, 12, size=8)]
    return [_d(f"""
def drive(ns):
    Plugin = ns["Plugin"]

    class Family(Plugin):
        pass

    log = []
    for i, name in enumerate({names!r}):
        try:
            type(f"K{{i}}", (Family,), {{}}, name=name)
            log.append("ok")
        except ValueError:
            log.append("taken")
    return [log, Family.names(), [Family.create(n).__class__.__name__ for n in Family.names()]]
""", "generated names", params={"families": [names]})]


def check_case(args, kwargs):
    """The prompt's promise: plugin names are strings (a repeat in a family only to see ValueError)."""
    for names in args["families"]:
        assert all(type(n) is str and n for n in names), f"{names!r}: names are non-empty strings"
