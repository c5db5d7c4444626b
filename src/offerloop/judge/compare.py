"""Compare a user's output with the expected one, in the trusted process only."""

from __future__ import annotations

import math
from typing import Any

import numpy as np


def _is_num(x: Any) -> bool:
    return type(x) in (int, float, bool)


def _num(x: Any) -> str:
    """A number as a person reads it (no numpy type names)."""
    if isinstance(x, np.generic):
        x = x.item()
    return f"{x:.10g}" if isinstance(x, float) else repr(x)


def _fmt_shape(x: Any) -> str:
    if isinstance(x, np.ndarray):
        return f"array of shape {x.shape}"
    if isinstance(x, list | tuple):
        return f"{type(x).__name__} of length {len(x)}"
    return type(x).__name__


def compare(expected: Any, got: Any, *, kind: str = "tolerance", rtol: float = 1e-6, atol: float = 1e-8,
            unordered: bool = False, path: str = "output") -> tuple[bool, str]:
    """(True, "") when got matches expected; else (False, a short reason naming where it differs)."""
    tol = kind == "tolerance"
    if isinstance(expected, np.ndarray):
        if isinstance(got, list | tuple) or _is_num(got) or isinstance(got, np.ndarray):
            try:
                got_arr = np.asarray(got)
            except Exception:
                return False, f"{path} cannot be read as an array"
            if got_arr.dtype.kind not in "biuf":
                return False, f"{path} is not numeric"
        else:
            return False, f"{path} should be an array of shape {expected.shape}, got {_fmt_shape(got)}"
        if got_arr.shape != expected.shape:
            return False, f"{path} has shape {got_arr.shape}, expected {expected.shape}"
        if expected.dtype.kind == "b" and got_arr.dtype.kind != "b" and not tol:
            return False, f"{path} should be a boolean array"
        if tol and (expected.dtype.kind == "f" or got_arr.dtype.kind == "f"):
            e = expected.astype(float)
            g = got_arr.astype(float)
            nan_e, nan_g = np.isnan(e), np.isnan(g)
            if not np.array_equal(nan_e, nan_g):
                return False, f"{path} has NaN where a number is expected (or the reverse)"
            ok = np.isclose(g, e, rtol=rtol, atol=atol) | nan_e
            if not ok.all():
                idx = tuple(int(i) for i in np.argwhere(~ok)[0])
                return False, f"{path}{list(idx)} is {_num(g[idx])}, expected {_num(e[idx])}"
            return True, ""
        if not np.array_equal(expected, got_arr):
            bad = np.argwhere(expected != got_arr)
            if len(bad):
                idx = tuple(int(i) for i in bad[0])
                return False, f"{path}{list(idx)} is {_num(got_arr[idx])}, expected {_num(expected[idx])}"
            return False, f"{path} differs"
        return True, ""
    if isinstance(expected, list | tuple):
        if isinstance(got, np.ndarray):
            got = got.tolist()
        if not isinstance(got, list | tuple):
            return False, f"{path} should be a {type(expected).__name__} of length {len(expected)}, got {_fmt_shape(got)}"
        if len(got) != len(expected):
            return False, f"{path} has length {len(got)}, expected {len(expected)}"
        if unordered:
            remaining = list(got)
            for item in expected:
                for j, cand in enumerate(remaining):
                    if compare(item, cand, kind=kind, rtol=rtol, atol=atol)[0]:
                        del remaining[j]
                        break
                else:
                    return False, f"{path} is missing {item!r} (order does not matter)"
            return True, ""
        for i, (e, g) in enumerate(zip(expected, got)):
            ok, why = compare(e, g, kind=kind, rtol=rtol, atol=atol, path=f"{path}[{i}]")
            if not ok:
                return ok, why
        return True, ""
    if isinstance(expected, dict):
        if not isinstance(got, dict):
            return False, f"{path} should be a dict, got {_fmt_shape(got)}"
        if set(got) != set(expected):
            missing = sorted(map(str, set(expected) - set(got)))
            extra = sorted(map(str, set(got) - set(expected)))
            return False, f"{path} keys differ (missing {missing}, unexpected {extra})"
        for k in expected:
            ok, why = compare(expected[k], got[k], kind=kind, rtol=rtol, atol=atol, path=f"{path}[{k!r}]")
            if not ok:
                return ok, why
        return True, ""
    if type(expected) is bool:
        if type(got) is not bool and not (isinstance(got, np.ndarray) and got.shape == () and got.dtype.kind == "b"):
            return False, f"{path} should be a bool, got {_fmt_shape(got)}"
        return (bool(got) == expected), ("" if bool(got) == expected else f"{path} is {bool(got)}, expected {expected}")
    if type(expected) in (int, float):
        if isinstance(got, np.ndarray):
            if got.shape != ():
                return False, f"{path} should be a single number, got {_fmt_shape(got)}"
            got = got.item()
        if type(got) not in (int, float) :
            return False, f"{path} should be a number, got {_fmt_shape(got)}"
        if tol and (type(expected) is float or type(got) is float):
            e, g = float(expected), float(got)
            if math.isnan(e) or math.isnan(g):
                return (math.isnan(e) and math.isnan(g)), f"{path} is {g!r}, expected {e!r}"
            if math.isinf(e) or math.isinf(g):
                return (e == g), f"{path} is {g!r}, expected {e!r}"
            ok = abs(g - e) <= atol + rtol * abs(e)
            return ok, ("" if ok else f"{path} is {_num(g)}, expected {_num(e)}")
        ok = got == expected
        return ok, ("" if ok else f"{path} is {got!r}, expected {expected!r}")
    if expected is None:
        return (got is None), ("" if got is None else f"{path} should be None, got {_fmt_shape(got)}")
    ok = type(got) is type(expected) and got == expected
    return ok, ("" if ok else f"{path} is {got!r}, expected {expected!r}")
