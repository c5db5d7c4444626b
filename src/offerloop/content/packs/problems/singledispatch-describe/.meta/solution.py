from functools import singledispatch


@singledispatch
def describe(value):
    return f"object:{type(value).__name__}"


@describe.register
def _(value: bool):
    return f"bool:{value}"


@describe.register
def _(value: int):
    return f"int:{value}"


@describe.register
def _(value: float):
    return f"float:{value!r}"


@describe.register
def _(value: str):
    return f"str:{len(value)}"


@describe.register
def _(value: list):
    return "list[" + ", ".join(describe(x) for x in value) + "]"


@describe.register
def _(value: dict):
    return "dict{" + ", ".join(f"{k}={describe(v)}" for k, v in value.items()) + "}"
