def describe(value):
    # Works for the built-in types, but nobody can register new ones.
    if isinstance(value, bool):
        return f"bool:{value}"
    if isinstance(value, int):
        return f"int:{value}"
    if isinstance(value, float):
        return f"float:{value!r}"
    if isinstance(value, str):
        return f"str:{len(value)}"
    if isinstance(value, list):
        return "list[" + ", ".join(describe(x) for x in value) + "]"
    if isinstance(value, dict):
        return "dict{" + ", ".join(f"{k}={describe(v)}" for k, v in value.items()) + "}"
    return f"object:{type(value).__name__}"
