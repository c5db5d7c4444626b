# Written differently: typing imported as a module with List/Dict/Union annotations, and a
# single validation helper that raises.
import typing


def _check(x):
    if type(x) not in (int, float):
        raise TypeError(f"{x!r} is not a number")
    return x


@typing.overload
def scale(value: typing.Union[int, float], factor: float) -> float: ...
@typing.overload
def scale(value: typing.List[float], factor: float) -> typing.List[float]: ...
@typing.overload
def scale(value: typing.Dict[str, float], factor: float) -> typing.Dict[str, float]: ...
def scale(value, factor):
    _check(factor)
    if type(value) is list:
        return [_check(v) * factor for v in value]
    if type(value) is dict:
        for k in value:
            if type(k) is not str:
                raise TypeError(f"key {k!r} is not a str")
        return {k: _check(v) * factor for k, v in value.items()}
    return _check(value) * factor
