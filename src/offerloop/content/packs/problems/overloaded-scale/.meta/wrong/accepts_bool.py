from typing import overload


def _number(x):
    return isinstance(x, (int, float))   # True and False pass


@overload
def scale(value: float, factor: float) -> float: ...
@overload
def scale(value: list[float], factor: float) -> list[float]: ...
@overload
def scale(value: dict[str, float], factor: float) -> dict[str, float]: ...


def scale(value, factor):
    if not _number(factor):
        raise TypeError("factor must be a number")
    if _number(value):
        return value * factor
    if isinstance(value, list):
        if not all(_number(v) for v in value):
            raise TypeError("every item must be a number")
        return [v * factor for v in value]
    if isinstance(value, dict):
        if not all(isinstance(k, str) and _number(v) for k, v in value.items()):
            raise TypeError("keys must be str and values numbers")
        return {k: v * factor for k, v in value.items()}
    raise TypeError(f"cannot scale {type(value).__name__}")
