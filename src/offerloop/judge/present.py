"""Turn plain data (numpy arrays included) into JSON-ready values for showing to users and storing.

Everything a submission returns passes through here before it is shown or stored: strings,
lists and dicts are capped, and text is made printable (lone surrogates and control characters
replaced), so a hostile answer cannot bloat the database or break a terminal or a page.
"""

from __future__ import annotations

import math
import re
import sys
from typing import Any

import numpy as np

MAX_ITEMS = 200
MAX_STRING = 1000
_UNPRINTABLE = re.compile("[\ud800-\udfff\x00-\x08\x0b-\x1f\x7f-\x9f]")


def printable(text: Any, limit: int = MAX_STRING) -> str:
    """Text safe to store and print: at most limit characters, no surrogates, no control
    characters but newlines and tabs."""
    if type(text) is not str:
        text = str(text) if isinstance(text, str) else ""
    if len(text) > limit:
        text = text[: max(0, limit - 1)] + "\u2026"
    return _UNPRINTABLE.sub("\ufffd", text)


def jsonable(value: Any, depth: int = 0) -> Any:
    if depth > 20:
        return "(nested too deeply to show)"
    if isinstance(value, np.ndarray):
        if value.size > MAX_ITEMS:
            return f"array of shape {value.shape}, dtype {value.dtype}"
        dtype = value.dtype
        if (value.ndim + depth <= 20 and dtype.itemsize <= 8
                and (dtype.kind in "bi" or dtype.kind == "u" and dtype.itemsize < 8
                     or dtype.kind == "f" and bool(np.isfinite(value).all()))):
            return value.tolist()  # bools, ints under 2**63 and finite floats: JSON-ready as they are
        return jsonable(value.tolist(), depth + 1)
    if isinstance(value, np.generic):
        return jsonable(value.item(), depth + 1)
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, int):
        if abs(value) >= 2**63:
            # Counted from the bit length: str() of a huge int is slow, and refused past 4300 digits.
            return f"an integer of about {int(value.bit_length() * 0.30103) + 1} digits"
        return value
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            return repr(value)
        return value
    if isinstance(value, str):
        return printable(value)
    if isinstance(value, dict):
        if len(value) > MAX_ITEMS:
            return f"dict of {len(value)} keys"
        return {printable(k if isinstance(k, str) else repr(k), 100): jsonable(v, depth + 1) for k, v in value.items()}
    pd = sys.modules.get("pandas")
    pd = pd if pd is not None and hasattr(pd, "DataFrame") and hasattr(pd, "Series") else None  # not half-imported by another thread
    if pd is not None and isinstance(value, pd.DataFrame | pd.Series):
        # A frame is shown as pandas prints it, capped (its parts came through the codec: plain data).
        wide = {"max_cols": 12} if isinstance(value, pd.DataFrame) else {"dtype": True, "name": True}
        return printable(value.to_string(max_rows=30, **wide), 4000)
    if isinstance(value, list | tuple):
        if len(value) > MAX_ITEMS:
            return f"{type(value).__name__} of length {len(value)}"
        return [jsonable(v, depth + 1) for v in value]
    return printable(repr(value), 100)
