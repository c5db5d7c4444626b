from functools import singledispatch


def _plain(value):
    if isinstance(value, bool):
        return f"bool:{value}"
    if isinstance(value, int):
        return f"int:{value}"
    if isinstance(value, float):
        return f"float:{value!r}"
    if isinstance(value, str):
        return f"str:{len(value)}"
    if isinstance(value, list):
        return "list[" + ", ".join(_plain(x) for x in value) + "]"
    if isinstance(value, dict):
        return "dict{" + ", ".join(f"{k}={_plain(v)}" for k, v in value.items()) + "}"
    return f"object:{type(value).__name__}"


@singledispatch
def describe(value):
    # Dispatches at the top level only: items inside containers bypass registrations.
    return _plain(value)
