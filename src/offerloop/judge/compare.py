"""Compare a user's output with the expected one, in the trusted process only."""

from __future__ import annotations

import math
import sys
from typing import Any

import numpy as np


def _pandas():
    """pandas when this process has it fully loaded, else None. Proofs grade problems on several
    threads: another thread may be part-way through importing pandas, and a half-made module has
    no DataFrame yet (nothing this thread compares can be a frame then)."""
    pd = sys.modules.get("pandas")
    return pd if pd is not None and hasattr(pd, "DataFrame") and hasattr(pd, "Series") else None


def _is_num(x: Any) -> bool:
    return type(x) in (int, float, bool)


def _num(x: Any) -> str:
    """A number as a person reads it (no numpy type names)."""
    if isinstance(x, np.generic):
        x = x.item()
    return f"{x:.10g}" if isinstance(x, float) else repr(x)


def _fmt_shape(x: Any) -> str:
    pd = _pandas()
    if pd is not None and isinstance(x, pd.DataFrame):
        return f"DataFrame of shape {x.shape}"
    if pd is not None and isinstance(x, pd.Series):
        return f"Series of length {len(x)}"
    if isinstance(x, np.ndarray):
        return f"array of shape {x.shape}"
    if isinstance(x, list | tuple):
        return f"{type(x).__name__} of length {len(x)}"
    return type(x).__name__


def compare(expected: Any, got: Any, *, kind: str = "tolerance", rtol: float = 1e-6, atol: float = 1e-8,
            unordered: bool = False, path: str = "output") -> tuple[bool, str]:
    """(True, "") when got matches expected; else (False, a short reason naming where it differs)."""
    tol = kind == "tolerance"
    pd = _pandas()  # loaded whenever a frame was decoded
    if pd is not None and isinstance(expected, pd.DataFrame | pd.Series):
        return _compare_frames(expected, got, pd, tol=tol, rtol=rtol, atol=atol, unordered=unordered, path=path)
    if isinstance(expected, np.ndarray):
        if pd is not None and isinstance(got, pd.Series | pd.DataFrame) and all(
                isinstance(d, np.dtype) and d.kind in "biuf" for d in np.atleast_1d(got.dtypes)):
            got = got.to_numpy()  # a numeric Series where an array is asked for: its values count
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
            # Sorting both sides by one canonical key pairs a right answer's items in n log n; the
            # item-by-item search below (quadratic) is only for what sorting cannot settle.
            settled = _sorted_match(expected, got, kind=kind, rtol=rtol, atol=atol, path=path)
            if settled is not None:
                return settled
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


# -- DataFrames and Series ------------------------------------------------------------------------
def _family(dtype: Any, pd) -> str:
    """What a column holds, as far as an answer's dtype matters: int8 and Int64 are both integers,
    object and str columns are both text; int against float or category against text is a difference."""
    if isinstance(dtype, pd.CategoricalDtype):
        return "category"
    if isinstance(dtype, pd.StringDtype):
        return "text"
    name = str(dtype)
    if name == "boolean":
        return "bool"
    if name.startswith(("Int", "UInt")):
        return "integer"
    if name.startswith("Float"):
        return "float"
    kind = getattr(dtype, "kind", "O")
    return {"b": "bool", "i": "integer", "u": "integer", "f": "float", "M": "datetime", "m": "timedelta"}.get(kind, "text")


def _missing(v: Any) -> bool:
    return v is None or (type(v) is float and math.isnan(v)) or type(v).__name__ in ("NAType", "NaTType")


def _values(col: Any, family: str, pd) -> np.ndarray:
    """A column's values as one comparable numpy array: float with NaN for missing numbers, int64
    nanoseconds for times, objects (None for missing) for text and categories."""
    if family in ("integer", "bool") and not col.isna().any():
        return col.to_numpy(dtype=np.int64 if family == "integer" else bool)
    if family in ("integer", "float", "bool"):
        return col.to_numpy(dtype=float, na_value=np.nan)
    if family in ("datetime", "timedelta"):
        unit = "M8[ns]" if family == "datetime" else "m8[ns]"
        return np.asarray(col.to_numpy().astype(unit)).view(np.int64)
    out = np.asarray(col.to_numpy(dtype=object), dtype=object)
    return np.array([None if _missing(v) else v for v in out], dtype=object)


def _sort_key(values: np.ndarray, family: str) -> np.ndarray:
    if family == "text" or family == "category":
        # One total order over mixed objects: missing first, then by type name and text.
        return np.array(["" if v is None else f"{type(v).__name__}:{v!r}" for v in values], dtype=object)
    if values.dtype.kind == "f":
        return np.where(np.isnan(values), np.inf, values)
    return values


def _columns_of(obj: Any, pd, keep_index: bool) -> list[tuple[str, Any]]:
    """(label for messages, Series) for each index level (when kept) and each column, in order."""
    parts: list[tuple[str, Any]] = []
    if keep_index:
        for i in range(obj.index.nlevels):
            name = obj.index.names[i]
            parts.append((f"index level {name!r}" if obj.index.nlevels > 1 else "index",
                          pd.Series(obj.index.get_level_values(i), copy=False)))
    if isinstance(obj, pd.Series):
        parts.append(("values", obj.reset_index(drop=True)))
    else:
        for j in range(obj.shape[1]):
            parts.append((f"column {obj.columns[j]!r}", obj.iloc[:, j].reset_index(drop=True)))
    return parts


def _item_key(value: Any) -> tuple:
    """A total order over plain data (numbers, text, None, lists, tuples, dicts, arrays) for pairing
    the items of two unordered lists; TypeError for anything else."""
    if value is None:
        return (0,)
    if _is_num(value):
        number = float(value)
        return (1, 1, 0.0) if number != number else (1, 0, number)  # NaN after every number
    if isinstance(value, str):
        return (2, value)
    if isinstance(value, np.ndarray):
        return (3, tuple(_item_key(v) for v in value.tolist()))
    if isinstance(value, list | tuple):
        return (3, tuple(_item_key(v) for v in value))
    if isinstance(value, dict):
        return (4, tuple(sorted((repr(k), _item_key(v)) for k, v in value.items())))
    raise TypeError(type(value).__name__)


def _sorted_match(expected, got, *, kind, rtol, atol, path) -> tuple[bool, str] | None:
    """Compare two unordered lists by sorting both: (True, "") when the sorted items match one by
    one; for a long list compared exactly a mismatch there is the answer too (equal multisets sort
    alike). None when sorting does not decide: the item-by-item search does."""
    try:
        exp_sorted = sorted(expected, key=_item_key)
        got_sorted = sorted(got, key=_item_key)
    except (TypeError, ValueError, OverflowError):
        return None
    for e, g in zip(exp_sorted, got_sorted):
        if not compare(e, g, kind=kind, rtol=rtol, atol=atol)[0]:
            if kind == "exact" and len(expected) > 2000:
                return False, f"{path} is missing {e!r} (order does not matter)"
            return None  # the search settles it (small lists, or near-equal items that sort apart)
    return True, ""


def _compare_frames(expected: Any, got: Any, pd, *, tol: bool, rtol: float, atol: float, unordered: bool,
                    path: str) -> tuple[bool, str]:
    what = "DataFrame" if isinstance(expected, pd.DataFrame) else "Series"
    if not isinstance(got, pd.DataFrame if what == "DataFrame" else pd.Series):
        return False, f"{path} should be a {what}, got {_fmt_shape(got)}"
    if what == "DataFrame":
        exp_cols, got_cols = list(expected.columns), list(got.columns)
        if exp_cols != got_cols:
            if sorted(map(repr, exp_cols)) == sorted(map(repr, got_cols)):
                return False, f"{path} has the right columns in another order: {got_cols}, expected {exp_cols}"
            missing = [c for c in exp_cols if c not in got_cols]
            extra = [c for c in got_cols if c not in exp_cols]
            return False, f"{path} columns differ (missing {missing}, unexpected {extra})"
    elif expected.name != got.name:
        return False, f"{path} is named {got.name!r}, expected {expected.name!r}"
    if len(got) != len(expected):
        return False, f"{path} has {len(got)} rows, expected {len(expected)}"
    # With rows in any order, a default 0..n-1 index only numbers the rows: it is not compared.
    plain_index = type(expected.index) is pd.RangeIndex and expected.index.start == 0 and expected.index.step == 1
    keep_index = not (unordered and plain_index)
    if keep_index:
        if expected.index.nlevels != got.index.nlevels:
            return False, f"{path} has an index of {got.index.nlevels} level(s), expected {expected.index.nlevels}"
        if list(expected.index.names) != list(got.index.names):
            return False, f"{path} has index names {list(got.index.names)}, expected {list(expected.index.names)}"
    exp_parts, got_parts = _columns_of(expected, pd, keep_index), _columns_of(got, pd, keep_index)
    families, exp_vals, got_vals = [], [], []
    for (label, e), (_, g) in zip(exp_parts, got_parts):
        fe, fg = _family(e.dtype, pd), _family(g.dtype, pd)
        if fe != fg:
            return False, f"{path} {label} has dtype {g.dtype} ({fg}), expected {e.dtype} ({fe})"
        families.append(fe)
        exp_vals.append(_values(e, fe, pd))
        got_vals.append(_values(g, fg, pd))
    if unordered and len(expected):
        # Sort both the same way: exact-valued parts first (keys), floats last.
        order = sorted(range(len(families)), key=lambda k: families[k] == "float")
        for vals in (exp_vals, got_vals):
            perm = np.lexsort([_sort_key(vals[k], families[k]) for k in reversed(order)])
            vals[:] = [v[perm] for v in vals]
    note = " (rows compared in sorted order)" if unordered else ""
    for (label, _), fam, e, g in zip(exp_parts, families, exp_vals, got_vals):
        r = _first_difference(e, g, tol, rtol, atol)
        if r is not None:
            return False, f"{path} {label}, row {r}: {_show(g[r], fam, pd)}, expected {_show(e[r], fam, pd)}{note}"
    return True, ""


def _first_difference(e: np.ndarray, g: np.ndarray, tol: bool, rtol: float, atol: float) -> int | None:
    """The first position where two columns' values differ (NaN matches NaN, None matches None)."""
    if e.dtype == object or g.dtype == object:
        for r, (a, b) in enumerate(zip(e, g)):
            if a is None or b is None:
                if (a is None) != (b is None):
                    return r
            elif (type(a) is str) != (type(b) is str) or not compare(a, b, kind="tolerance" if tol else "exact",
                                                                     rtol=rtol, atol=atol)[0]:
                return r
        return None
    if e.dtype.kind == "f" or g.dtype.kind == "f":
        ef, gf = e.astype(float), g.astype(float)
        nan_e, nan_g = np.isnan(ef), np.isnan(gf)
        with np.errstate(invalid="ignore", over="ignore"):
            same = np.isclose(gf, ef, rtol=rtol, atol=atol) if tol else gf == ef
        ok = (same & ~nan_e & ~nan_g) | (nan_e & nan_g)
    else:
        ok = e == g
    bad = np.flatnonzero(~ok)
    return int(bad[0]) if len(bad) else None


def _show(v: Any, family: str, pd) -> str:
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return "missing"
    if family in ("datetime", "timedelta"):
        if v == np.iinfo(np.int64).min:
            return "NaT"
        return str(pd.Timestamp(int(v)) if family == "datetime" else pd.Timedelta(int(v)))
    if isinstance(v, np.generic):
        v = v.item()
    return _num(v) if type(v) in (int, float, bool) else repr(v)
