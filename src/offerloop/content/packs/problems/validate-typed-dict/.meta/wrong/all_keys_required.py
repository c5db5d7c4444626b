import types
import typing
from typing import Any, Union, get_args, get_origin, get_type_hints, is_typeddict


def _matches(value, tp):
    if tp is Any:
        return True
    if is_typeddict(tp):
        return isinstance(value, dict) and not _problems(value, tp, "")
    origin = get_origin(tp)
    if origin in (Union, types.UnionType):
        return any(_matches(value, t) for t in get_args(tp))
    if origin is list:
        (item,) = get_args(tp) or (Any,)
        return isinstance(value, list) and all(_matches(v, item) for v in value)
    if origin is dict:
        kt, vt = get_args(tp) or (Any, Any)
        return isinstance(value, dict) and all(_matches(k, kt) and _matches(v, vt) for k, v in value.items())
    if tp is type(None):
        return value is None
    if tp is bool:
        return type(value) is bool
    if tp is int:
        return type(value) is int
    if tp is float:
        return type(value) in (int, float)
    return isinstance(value, tp)


def _problems(data, schema, prefix):
    hints = get_type_hints(schema)
    out = [prefix + key for key in hints if key not in data]   # ignores NotRequired and total=False
    for key, value in data.items():
        if key not in hints:
            out.append(prefix + str(key))
        elif is_typeddict(hints[key]) and isinstance(value, dict):
            out.extend(_problems(value, hints[key], prefix + key + "."))
        elif not _matches(value, hints[key]):
            out.append(prefix + key)
    return out


def validate_typed_dict(data, schema):
    return sorted(_problems(data, schema, ""))
