"""pandas DataFrames and Series as plain data: the codec's part for data problems.

A frame travels as a tagged plain structure (dicts, lists, scalars and numpy arrays that the codec
already carries), never pickle: its index, its column labels and its columns one by one. A column
is a numeric, bool, datetime or timedelta array; a list of plain scalars (object and string
columns); codes plus categories (categorical); or values plus a mask (nullable Int64, Float64,
boolean). Decoding checks that structure strictly and builds the real pandas object from those
parts only, so nothing the peer sends can name a class or run code.

pandas is never imported at module level: the encoder uses the caller's loaded pandas, the decoder
imports it on first use (the orchestrator; a pandas problem's child has it preloaded by its zygote).
"""

from __future__ import annotations

import math
from typing import Any

NUMERIC = frozenset({"|b1", "|i1", "|u1", "<i2", "<u2", "<i4", "<u4", "<i8", "<u8", "<f4", "<f8"})
TEMPORAL = frozenset(f"{k}[{u}]" for k in ("datetime64", "timedelta64") for u in ("s", "ms", "us", "ns"))
TEXT = frozenset({"object", "str", "string"})  # str: pandas 3's default strings (NaN for missing); string: pd.NA
MASKED = {"Int8": "<i1", "Int16": "<i2", "Int32": "<i4", "Int64": "<i8", "UInt8": "|u1", "UInt16": "<u2",
          "UInt32": "<u4", "UInt64": "<u8", "Float32": "<f4", "Float64": "<f8", "boolean": "|b1"}
MAX_RANGE = 2**31  # rows a RangeIndex may claim (the columns' lengths must match it anyway)
MAX_COLUMNS = 10_000  # pandas pays per column: a frame of a million empty columns would take minutes to build
MAX_LEVELS = 32  # levels of a MultiIndex


class FrameError(ValueError):
    """The value is not a DataFrame or Series this codec carries (the codec turns it into CodecError)."""


# -- encoding (both sides; the child encodes what the user's code returns) ------------------------
def _label(x: Any, np) -> Any:
    if isinstance(x, np.generic):
        x = x.item()
    if x is None or type(x) in (str, int, float, bool):
        return x
    if type(x) is tuple:
        return tuple(_label(v, np) for v in x)
    raise FrameError(f"a column or index label of type {type(x).__name__} is not plain data; use str or int labels")


def _scalar(x: Any, pd, np) -> Any:
    if x is None or x is pd.NA or x is pd.NaT:
        return None
    if isinstance(x, np.generic) and x.dtype.kind in "biuf":
        x = x.item()
    if type(x) in (str, int, float, bool):
        return x
    raise FrameError(f"a value of type {type(x).__name__} in an object column is not plain data")


def _column(obj: Any, pd, np) -> dict:
    """One column (a Series, an Index or an array) as plain data."""
    dt = obj.dtype
    if isinstance(dt, np.dtype):
        if dt.kind in "biuf":
            arr = np.ascontiguousarray(np.asarray(obj))
            if arr.dtype.byteorder == ">":
                arr = arr.astype(arr.dtype.newbyteorder("<"))
            if arr.dtype.str not in NUMERIC:
                raise FrameError(f"columns of dtype {dt} are not carried; use float64")
            return {"dtype": arr.dtype.str, "values": arr}
        if dt.kind in "Mm":
            name = str(dt)
            if name not in TEMPORAL:
                raise FrameError(f"columns of dtype {dt} are not carried; use datetime64[ns]")
            return {"dtype": name, "values": np.asarray(obj).view("<i8").copy()}
        if dt.kind == "O":
            return {"dtype": "object", "values": [_scalar(v, pd, np) for v in np.asarray(obj, dtype=object)]}
        raise FrameError(f"columns of dtype {dt} are not carried")
    if isinstance(dt, pd.CategoricalDtype):
        cat = pd.Categorical(obj)
        return {"dtype": "category", "codes": np.asarray(cat.codes), "categories": _column(cat.categories, pd, np),
                "ordered": bool(cat.ordered)}
    if isinstance(dt, pd.StringDtype):
        values = [None if v is None or v is pd.NA or (type(v) is float and math.isnan(v)) else str(v)
                  for v in np.asarray(obj, dtype=object)]
        return {"dtype": "string" if dt.na_value is pd.NA else "str", "values": values}
    if str(dt) in MASKED:
        arr = pd.array(obj, dtype=dt)
        mask = np.asarray(arr.isna(), dtype=bool)
        fill = False if str(dt) == "boolean" else 0
        return {"dtype": str(dt), "values": arr.to_numpy(dtype=MASKED[str(dt)], na_value=fill), "mask": mask}
    raise FrameError(f"columns of dtype {dt} are not carried (time zones, intervals, periods and Arrow "
                     "types are not); convert the column first")


def _index(index: Any, pd, np) -> dict:
    if type(index) is pd.RangeIndex:
        return {"range": [int(index.start), int(index.stop), int(index.step)], "name": _label(index.name, np)}
    if isinstance(index, pd.MultiIndex):
        levels = [index.get_level_values(i) for i in range(index.nlevels)]
    else:
        levels = [index]
    return {"levels": [_column(level, pd, np) for level in levels], "names": [_label(n, np) for n in index.names]}


def to_plain(value: Any, pd, np) -> tuple[str, dict]:
    """(tag, plain body) for a DataFrame or Series."""
    if isinstance(value, pd.DataFrame):
        cols = [_column(value.iloc[:, j], pd, np) for j in range(value.shape[1])]
        return "__frame__", {"columns": _index(value.columns, pd, np), "data": cols, "index": _index(value.index, pd, np)}
    return "__series__", {"name": _label(value.name, np), "data": _column(value, pd, np), "index": _index(value.index, pd, np)}


# -- decoding (the orchestrator reads users' frames with this; the child reads its arguments) --------
def _need(cond: bool, what: str) -> None:
    if not cond:
        raise FrameError(f"a malformed frame ({what})")


def _is_label(x: Any) -> bool:
    if x is None or type(x) in (str, int, float, bool):
        return True
    return type(x) is tuple and all(v is None or type(v) in (str, int, float, bool) for v in x)


def _keys(d: Any, keys: set[str]) -> None:
    _need(type(d) is dict and set(d) == keys, "unexpected fields")


def _decode_column(col: Any, pd, np, nested: bool = False):
    _need(type(col) is dict and type(col.get("dtype")) is str, "a column without a dtype")
    dtype = col["dtype"]
    if dtype in NUMERIC:
        _keys(col, {"dtype", "values"})
        values = col["values"]
        _need(type(values) is np.ndarray and values.ndim == 1 and values.dtype.str == dtype, "numeric values")
        return values
    if dtype in TEMPORAL:
        _keys(col, {"dtype", "values"})
        values = col["values"]
        _need(type(values) is np.ndarray and values.ndim == 1 and values.dtype.str == "<i8", "temporal values")
        return values.view(dtype.replace("datetime64", "M8").replace("timedelta64", "m8"))
    if dtype in TEXT:
        _keys(col, {"dtype", "values"})
        values = col["values"]
        _need(type(values) is list, "text values")
        if dtype == "object":
            _need(all(v is None or type(v) in (str, int, float, bool) for v in values), "object values")
            out = np.empty(len(values), dtype=object)
            out[:] = values
            return out
        _need(all(v is None or type(v) is str for v in values), "string values")
        if dtype == "str":
            return pd.array(values, dtype=pd.StringDtype(na_value=np.nan))
        return pd.array(values, dtype=pd.StringDtype())
    if dtype == "category":
        _need(not nested, "categories that are categorical")
        _keys(col, {"dtype", "codes", "categories", "ordered"})
        codes, ordered = col["codes"], col["ordered"]
        _need(type(codes) is np.ndarray and codes.ndim == 1 and codes.dtype.kind == "i", "category codes")
        _need(type(ordered) is bool, "the ordered flag")
        categories = _decode_column(col["categories"], pd, np, nested=True)
        return pd.Categorical.from_codes(codes, categories=pd.Index(categories), ordered=ordered)
    if dtype in MASKED:
        _keys(col, {"dtype", "values", "mask"})
        values, mask = col["values"], col["mask"]
        _need(type(values) is np.ndarray and values.ndim == 1 and values.dtype.str == MASKED[dtype], "masked values")
        _need(type(mask) is np.ndarray and mask.shape == values.shape and mask.dtype.kind == "b", "the mask")
        arr = pd.array(values, dtype=dtype)
        arr[mask] = pd.NA
        return arr
    raise FrameError(f"a column of an unknown dtype {dtype[:40]!r}")


def _decode_index(idx: Any, pd, np):
    _need(type(idx) is dict, "an index")
    if "range" in idx:
        _keys(idx, {"range", "name"})
        r = idx["range"]
        _need(type(r) is list and len(r) == 3 and all(type(v) is int for v in r) and r[2] != 0, "a range index")
        _need(len(range(*r)) <= MAX_RANGE and _is_label(idx["name"]), "a range index")
        return pd.RangeIndex(*r, name=idx["name"])
    _keys(idx, {"levels", "names"})
    levels, names = idx["levels"], idx["names"]
    _need(type(levels) is list and type(names) is list and MAX_LEVELS >= len(levels) == len(names) >= 1, "index levels")
    _need(all(map(_is_label, names)), "index names")
    arrays = [_decode_column(level, pd, np) for level in levels]
    _need(len({len(a) for a in arrays}) == 1, "index levels of different lengths")
    if len(arrays) == 1:
        return pd.Index(arrays[0], name=names[0])
    return pd.MultiIndex.from_arrays(arrays, names=names)


def from_plain(tag: str, body: Any):
    """The DataFrame or Series a plain body describes (FrameError when it is malformed)."""
    import numpy as np
    import pandas as pd

    if tag == "__series__":
        _keys(body, {"name", "data", "index"})
        _need(_is_label(body["name"]), "a series name")
        index = _decode_index(body["index"], pd, np)
        data = _decode_column(body["data"], pd, np)
        _need(len(data) == len(index), "values and index of different lengths")
        return pd.Series(data, index=index, name=body["name"], copy=False)
    _keys(body, {"columns", "data", "index"})
    index = _decode_index(body["index"], pd, np)
    columns = _decode_index(body["columns"], pd, np)
    data = body["data"]
    _need(type(data) is list and len(data) <= MAX_COLUMNS, f"more than {MAX_COLUMNS} columns")
    _need(len(data) == len(columns), "columns and labels of different counts")
    arrays = [_decode_column(c, pd, np) for c in data]
    _need(all(len(a) == len(index) for a in arrays), "columns and index of different lengths")
    # Positional keys first: labels may repeat, and a dict would merge them.
    frame = pd.DataFrame(dict(enumerate(arrays)), index=index, copy=False)
    if not arrays:
        frame = pd.DataFrame(index=index)
    frame.columns = columns
    return frame
