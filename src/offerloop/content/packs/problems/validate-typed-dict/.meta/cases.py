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


_SCHEMAS = """
from typing import Any, NotRequired, Optional, TypedDict, Union

# The functional form keeps the annotations real objects wherever this source is compiled.
Address = TypedDict("Address", {"city": str, "zip": str})
User = TypedDict("User", {"name": str, "age": int, "address": Address, "nickname": NotRequired[str]})
Metrics = TypedDict("Metrics", {"score": float, "counts": dict[str, int], "tags": list[str], "best": Optional[int],
                                "note": str | None, "extra": Any, "flag": bool, "either": Union[int, str]})
Patch = TypedDict("Patch", {"name": str, "age": int}, total=False)
Team = TypedDict("Team", {"lead": User, "members": list[User]})
"""

_GOOD_USER = {"name": "Ada", "age": 36, "address": {"city": "London", "zip": "N1"}}
_GOOD_METRICS = {"score": 0.5, "counts": {"a": 1}, "tags": ["x"], "best": None, "note": "n",
                 "extra": object, "flag": False, "either": "s"}


def _run(schema, datas, name):
    body = _SCHEMAS + "\n\ndef drive(ns):\n    v = ns[\"validate_typed_dict\"]\n"
    body += "    return [v(d, " + schema + ") for d in " + datas + "]\n"
    return _d(body, name, params={"schema": schema, "datas": datas})


def visible():
    return [
        _run("User", repr([_GOOD_USER]), "a valid user"),
        _run("User", repr([{"name": "Ada", "age": True, "address": {"city": 5}, "x": 1}]), "several problems"),
    ]


def _fixed_hidden(rng):
    return [
        _run("User", repr([{"name": "Ada", "age": 36, "address": {"city": "L", "zip": "1"}, "nickname": "A"},
                           {"name": "Ada", "age": 36, "address": {"city": "L", "zip": "1"}, "nickname": 3},
                           {}]), "NotRequired keys and an empty dict"),
        _run("User", repr([{"name": "Ada", "age": 36, "address": "London"},
                           {"name": "Ada", "age": 36.0, "address": {"city": "L", "zip": "1", "country": "UK"}}]),
             "nested value not a dict, float for int, extra nested key"),
        _run("Metrics", "[" + repr(_GOOD_METRICS).replace("<class 'object'>", "object") + "]", "every supported type, valid"),
        _run("Metrics", repr([{"score": 1, "counts": {"a": True}, "tags": ["x", 2], "best": 3, "note": None,
                               "extra": [1], "flag": 0, "either": 2.5},
                              {"score": True, "counts": {1: 1}, "tags": "abc", "best": "3", "note": 4,
                               "extra": None, "flag": True, "either": 7}]), "wrong values of every kind"),
        _run("Patch", repr([{}, {"age": 3}, {"age": "3", "zzz": 1}]), "total=False"),
        _run("Team", repr([{"lead": _GOOD_USER, "members": [_GOOD_USER, _GOOD_USER]},
                           {"lead": {"name": "B", "age": 1, "address": {"city": "x"}}, "members": [{"name": "C"}]}]),
             "TypedDicts inside a TypedDict and inside a list"),
    ]


def hidden(rng):
    # The fixed cases, plus cases drawn afresh for every submission: inputs that leak from one
    # run say nothing certain about the next.
    return _fixed_hidden(rng) + _generated(rng)


def _ints(rng, n, lo=-50, hi=50):
    return [int(v) for v in rng.integers(lo, hi, size=n)]


def _generated(rng):
    user = {"name": "Ada", "age": int(rng.integers(0, 99)), "address": {"city": "Oslo", "zip": str(int(rng.integers(1000, 9999)))}}
    broken = dict(user)
    spoil = int(rng.integers(0, 4))
    if spoil == 0:
        broken["age"] = str(broken["age"])
    elif spoil == 1:
        broken["address"] = {"city": int(rng.integers(0, 9))}
    elif spoil == 2:
        del broken["name"]
    else:
        broken["nickname"] = int(rng.integers(0, 9))
    return [_run("User", repr([user, broken]), "generated users")]


def check_case(args, kwargs):
    """The prompt's promise: data is a dict and schema one of the driver's TypedDict classes."""
    assert args["schema"] in ("Address", "User", "Metrics", "Patch", "Team"), f"{args['schema']!r} is a TypedDict the driver defines"
    datas = eval(args["datas"], {"__builtins__": {}, "object": object})  # trusted text from this file
    assert isinstance(datas, list) and all(isinstance(d, dict) for d in datas), "validate_typed_dict gets dicts"
